"""The `askdoc` command: index, ask, eval, list, rm (and the entry points of the other commands)."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from askdoc import locations
from askdoc.answer.modes import MODES
from askdoc.cli.failures import EXIT_UNEXPECTED, log_unexpected, os_error_sentence
from askdoc.cli.interrupts import exit_at_once_on_interrupt, exit_interrupted, interrupt_the_command, interrupted
from askdoc.cli.quick_exit import exit_if_done, mark_done
from askdoc.documents.sizes import DEFAULT_MAX_BYTES, size_text
from askdoc.errors import AskdocError
from askdoc.limits import check_address_space, limit_sentence
from askdoc.output.sanitize import json_text, sanitize
from askdoc.runtime import configure

if TYPE_CHECKING:
    from askdoc.answer.engine import Engine
    from askdoc.llm.config import LLMConfig
    from askdoc.types import Answer

EXIT_BAD_INPUT = 2
# The commands that load faiss and onnxruntime (or torch): under too small an address space those crash as they load.
_LOAD_THE_MODEL = frozenset({"ask", "chat", "eval", "index"})
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$", re.IGNORECASE)


class ByteSize(click.ParamType):
    """A size in bytes, as 20000000, 20MB or 500k."""

    name = "size"

    def convert(self, value, param, ctx) -> int:
        if isinstance(value, int):
            return value
        match = _SIZE.match(str(value))
        if not match:
            self.fail(f"{value!r} is not a size such as 20MB or 500k.", param, ctx)
        number, unit = float(match.group(1)), match.group(2).lower()
        return int(number * {"": 1, "k": 10**3, "m": 10**6, "g": 10**9}[unit])


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _echo(message: str, err: bool = False) -> None:
    """Every line the CLI prints passes the output boundary (askdoc.output.sanitize)."""
    click.echo(sanitize(message), err=err)


def _echo_err(message: str) -> None:
    _echo(message, err=True)


def _request(
    docs: tuple[Path, ...],
    index_dir: Path | None,
    model: Path | None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    notify: Callable[[str], None] | None = None,
):
    """How the documents are indexed; messages go to ``notify``, else (the CLI) to stderr with a progress bar."""
    from askdoc.embedding.embedder import default_model_path
    from askdoc.embedding.index_encoder import open_index_encoder
    from askdoc.index.build import IndexRequest
    from askdoc.index.store import IndexSettings
    from askdoc.output.progress import RichBuildProgress

    return IndexRequest(
        documents=docs or (locations.bundled_article(),),
        index_dir=index_dir or locations.index_dir(),
        settings=IndexSettings(model_dir=model or default_model_path()),
        notify=notify or _echo_err,
        make_encoder=lambda path: open_index_encoder(path, notify or _echo_err),
        max_bytes=max_bytes,
        progress=RichBuildProgress if notify is None and sys.stderr.isatty() else None,
    )


doc_option = click.option(
    "--doc",
    "docs",
    multiple=True,
    type=click.Path(path_type=Path, allow_dash=True),
    help="Document, folder or - (stdin) to ask about; repeat for several (default: the bundled article).",
)
index_dir_option = click.option(
    "--index-dir", type=click.Path(path_type=Path), help="Where indexes live (default: $ASKDOC_INDEX_DIR or index/)."
)
model_option = click.option("--model", type=click.Path(path_type=Path), help="A sentence-transformers model directory.")
max_bytes_option = click.option(
    "--max-bytes",
    type=ByteSize(),
    default=DEFAULT_MAX_BYTES,
    help=f"Refuse documents larger than this, e.g. 50MB (default: {size_text(DEFAULT_MAX_BYTES)}).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="askdoc")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Answer questions about a document, citing the passages each answer comes from."""
    if ctx.invoked_subcommand in _LOAD_THE_MODEL:
        check_address_space()


@main.command()
@click.argument("docs", nargs=-1, type=click.Path(path_type=Path, allow_dash=True))
@index_dir_option
@model_option
@max_bytes_option
@click.option("--rebuild", is_flag=True, help="Rebuild even when the index is up to date.")
def index(docs: tuple[Path, ...], index_dir: Path | None, model: Path | None, max_bytes: int, rebuild: bool) -> None:
    """Build (or check) the index of each DOC: files, folders or - (default: the bundled article)."""
    from askdoc.index.build import Indexer

    for indexed in Indexer(_request(docs, index_dir, model, max_bytes)).ensure_all(rebuild=rebuild):
        loaded, counts = indexed.index, indexed.index.manifest.counts
        state = "Indexed" if indexed.built else "Up to date:"
        passages = f"{_count(counts.chunks, 'passage')} from {_count(counts.paragraphs, 'paragraph')}"
        _echo(f"{state} {loaded.documents[0]}: {passages} in {loaded.folder}")


@main.command()
@doc_option
@click.option("--resume", is_flag=True, help="Reopen the last conversation (about --doc, if given).")
@index_dir_option
@model_option
@max_bytes_option
def chat(docs: tuple[Path, ...], resume: bool, index_dir: Path | None, model: Path | None, max_bytes: int) -> None:
    """Open the terminal chat: cited answers, sources you can open, follow-up questions."""
    if len(docs) > 1:
        raise AskdocError("askdoc chat opens one --doc at a time: a document, or a folder of documents to ask about together.")
    from askdoc.tui.app import AskdocApp

    app = AskdocApp(
        document=docs[0] if docs else None,
        default_document=locations.bundled_article(),
        request_for=lambda document, report: _request((document,), index_dir, model, max_bytes, notify=report),
        data_dir=locations.data_dir(),
        resume=resume,
    )
    app.run()
    if app.unexpected_error is not None:  # the chat's crash, its traceback kept from the screen: to the log
        raise app.unexpected_error


@main.command()
@click.argument("question")
@doc_option
@click.option("-k", "k", default=5, show_default=True, help="How many passages to retrieve.")
@click.option("--retriever", type=click.Choice(MODES), default="hybrid", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the answer as one JSON object.")
@index_dir_option
@model_option
@max_bytes_option
@click.option("--llm", "use_llm", is_flag=True, help="Let an OpenAI-compatible model write the answer (citations checked).")
@click.option("--llm-base-url", help="Endpoint before /chat/completions, e.g. http://localhost:11434/v1 ($ASKDOC_LLM_BASE_URL).")
@click.option("--llm-model", help="Model name the endpoint serves ($ASKDOC_LLM_MODEL).")
@click.option("--llm-api-key", help="API key, if the endpoint needs one; prefer $ASKDOC_LLM_API_KEY.")
@click.option("--llm-context", type=int, help="Token budget of the prompt (default 3000, $ASKDOC_LLM_CONTEXT).")
@click.option("--llm-timeout", type=float, help="Seconds to wait for the endpoint (default 120, $ASKDOC_LLM_TIMEOUT).")
def ask(
    question: str,
    docs: tuple[Path, ...],
    k: int,
    retriever: str,
    as_json: bool,
    index_dir: Path | None,
    model: Path | None,
    max_bytes: int,
    use_llm: bool,
    llm_base_url: str | None,
    llm_model: str | None,
    llm_api_key: str | None,
    llm_context: int | None,
    llm_timeout: float | None,
) -> None:
    """Answer QUESTION from the documents, with numbered sources."""
    from askdoc.answer.engine import Engine

    if not question.strip():
        raise AskdocError("The question is empty.")
    config = None
    if use_llm:  # checked before the index is opened, so a missing endpoint is reported at once
        from askdoc.llm.config import llm_config

        config = llm_config(llm_base_url, llm_model, llm_api_key, llm_context, llm_timeout)
    engine = Engine.open(_request(docs, index_dir, model, max_bytes))
    if config is not None:
        _ask_llm(engine, question, config, k, retriever, as_json)
    else:
        answer = engine.ask(question, k=k, mode=retriever)
        if as_json:
            from askdoc.output.answer_json import answer_to_json

            click.echo(json_text(answer_to_json(answer)))
        else:
            _print_answer(answer)
    mark_done()  # run() ends the process without the interpreter's teardown (askdoc.cli.quick_exit)


def _ask_llm(engine: Engine, question: str, config: LLMConfig, k: int, retriever: str, as_json: bool) -> None:
    """`ask --llm`: the model's checked answer, or the extractive one with a note on stderr saying why."""
    from askdoc.llm.ask import ask_llm

    result = ask_llm(engine, question, config, k=k, mode=retriever)
    if result.fallback_note is not None:
        _echo(f"askdoc: {result.fallback_note}", err=True)
    if as_json:
        from askdoc.output.llm_json import llm_answer_to_json

        click.echo(json_text(llm_answer_to_json(result)))
    else:
        _print_answer(result.answer)


def _print_answer(answer: Answer) -> None:
    from rich.console import Console

    from askdoc.output.terminal import print_answer

    print_answer(Console(), answer)


@main.command(name="list")
@index_dir_option
def list_command(index_dir: Path | None) -> None:
    """Show what is indexed: document, passages, model, when it was built, and its path."""
    from askdoc.index.catalog import list_indexes
    from askdoc.output.terminal import index_table

    index_dir = index_dir or locations.index_dir()
    entries = list_indexes(index_dir)
    if not entries:
        _echo(f"Nothing is indexed in {index_dir} yet.")
        return
    _echo(index_table(entries))


@main.command(name="rm")
@click.argument("docs", nargs=-1, required=True)
@index_dir_option
def remove(docs: tuple[str, ...], index_dir: Path | None) -> None:
    """Remove the index of each DOC (a path, a folder, or a name `askdoc list` shows); the documents are not touched."""
    from askdoc.index.catalog import find_indexes, remove_index

    index_dir = index_dir or locations.index_dir()
    for entry in (entry for doc in docs for entry in find_indexes(index_dir, doc)):
        remove_index(entry.folder, lambda name=entry.name: _echo_err(f"Waiting for another askdoc to finish indexing {name}."))
        passages = "" if entry.chunks is None else f" ({_count(entry.chunks, 'passage')})"
        _echo(f"Removed the index of {entry.name}{passages} from {entry.folder}.")


@main.command(name="eval")
@click.argument("file", required=False, type=click.Path(path_type=Path), default=locations.default_eval_set)
@doc_option
@click.option("-k", "k", default=5, show_default=True, help="How many passages to retrieve.")
@click.option("--retriever", type=click.Choice(MODES), default="hybrid", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print metrics and every answer as one JSON object.")
@click.option("--min", "minimums", multiple=True, metavar="NAME=VALUE", help="Fail (exit 1) when a metric is below VALUE.")
@click.option("--max", "maximums", multiple=True, metavar="NAME=VALUE", help="Fail (exit 1) when a metric is above VALUE.")
@index_dir_option
@model_option
@max_bytes_option
def evaluate(
    file: Path | None,
    docs: tuple[Path, ...],
    k: int,
    retriever: str,
    as_json: bool,
    minimums: tuple[str, ...],
    maximums: tuple[str, ...],
    index_dir: Path | None,
    model: Path | None,
    max_bytes: int,
) -> None:
    """Ask every question of FILE (default eval/questions.jsonl, or the copy shipped with askdoc; a folder: its *.jsonl).

    Without --doc, a question's own "doc" key names the document it is asked of.
    """
    from askdoc.answer.engine import Engine
    from askdoc.evaluation.bundled import eval_file
    from askdoc.evaluation.gate import missed, parse_thresholds
    from askdoc.evaluation.questions import read_eval_set
    from askdoc.evaluation.scoring import METRIC_NAMES, metrics, run_eval
    from askdoc.output.answer_json import answer_to_json

    floors, ceilings = parse_thresholds(minimums, METRIC_NAMES), parse_thresholds(maximums, METRIC_NAMES)
    file = eval_file(file)
    questions = read_eval_set(file)
    if not docs and any(question.doc for question in questions):
        from askdoc.evaluation.by_document import run_eval_by_document

        def open_engine(doc: Path) -> Engine:
            return Engine.open(_request((doc,), index_dir, model, max_bytes))

        scored = run_eval_by_document(open_engine, questions, mode=retriever, k=k)
    else:
        engine = Engine.open(_request(docs, index_dir, model, max_bytes))
        scored = run_eval(engine, questions, mode=retriever, k=k)
    result = metrics(scored)
    failures = missed(result, floors, ceilings)
    if as_json:
        results = [{"id": s.item.id, **answer_to_json(s.answer)} for s in scored]
        click.echo(json_text({"metrics": result, "results": results}))
    else:
        from rich.console import Console

        from askdoc.output.eval_report import print_report

        print_report(Console(), result, scored, f"askdoc eval: {file} ({retriever})")
    for line in failures:
        _echo(f"askdoc eval: {line}", err=True)
    if failures:
        raise SystemExit(1)


def run() -> None:
    """Console-script entry, the one error boundary: user errors become one sentence on stderr and exit code 2.

    A usage error is one sentence too (not click's usage block); an OSError the user can act on
    names its path, and one a resource limit (ulimit) caused names the limit (askdoc.limits); anything
    else is logged with its traceback (askdoc.cli.failures), exit 1. Ctrl-C, and whatever it
    made the interrupted code raise, is one line and exit 130 (askdoc.cli.interrupts).
    """
    configure()
    interrupt_the_command()
    try:
        main(standalone_mode=False)
    except SystemExit:
        if interrupted():
            exit_interrupted()
        raise
    except (KeyboardInterrupt, click.exceptions.Abort):
        exit_interrupted()
    except Exception as exc:
        if interrupted():
            exit_interrupted()
        _fail(exc)
    finally:
        exit_at_once_on_interrupt()
    if interrupted():  # Ctrl-C that landed where it could only be "ignored" (a finaliser, a callback)
        exit_interrupted()
    exit_if_done()


def _fail(exc: Exception) -> None:
    """Say what ``exc`` means in one line on stderr and exit: 2 for what the user can fix, 1 otherwise."""
    if isinstance(exc, AskdocError):
        _echo(f"askdoc: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    if isinstance(exc, click.ClickException):
        _echo(f"askdoc: {' '.join(exc.format_message().split())}", err=True)
        sys.exit(exc.exit_code)
    sentence = limit_sentence(exc) or (os_error_sentence(exc) if isinstance(exc, OSError) else None)
    _echo(f"askdoc: {sentence}" if sentence else log_unexpected(exc), err=True)
    sys.exit(EXIT_BAD_INPUT if sentence else EXIT_UNEXPECTED)
