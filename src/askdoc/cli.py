"""The `askdoc` command: index, ask (and the entry points of the other commands)."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import click

from askdoc.errors import AskdocError
from askdoc.retrieval_modes import MODES

EXIT_BAD_INPUT = 2


def bundled_article() -> Path:
    """The default document: the article shipped inside the package."""
    return Path(str(resources.files("askdoc").joinpath("data/article.txt")))


def _echo_err(message: str) -> None:
    click.echo(message, err=True)


def _request(doc: Path | None, index_dir: Path | None, model: Path | None, notify: Callable[[str], None] = _echo_err):
    from askdoc.embedder import default_model_path
    from askdoc.engine import IndexRequest
    from askdoc.index_store import IndexSettings, default_index_dir

    return IndexRequest(
        document=doc or bundled_article(),
        index_dir=index_dir or default_index_dir(),
        settings=IndexSettings(model_dir=model or default_model_path()),
        notify=notify,
    )


doc_option = click.option("--doc", type=click.Path(path_type=Path), help="Document to ask about (default: the bundled article).")
index_dir_option = click.option(
    "--index-dir", type=click.Path(path_type=Path), help="Where indexes live (default: $ASKDOC_INDEX_DIR or index/)."
)
model_option = click.option("--model", type=click.Path(path_type=Path), help="A sentence-transformers model directory.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="askdoc")
def main() -> None:
    """Answer questions about a document, citing the passages each answer comes from."""


@main.command()
@click.argument("doc", required=False, type=click.Path(path_type=Path))
@index_dir_option
@model_option
@click.option("--rebuild", is_flag=True, help="Rebuild even when the index is up to date.")
def index(doc: Path | None, index_dir: Path | None, model: Path | None, rebuild: bool) -> None:
    """Build (or check) the index of DOC (default: the bundled article)."""
    from askdoc.engine import ensure_index

    request = _request(doc, index_dir, model)
    loaded, built = ensure_index(request, rebuild=rebuild)
    counts = loaded.manifest["counts"]
    state = "Indexed" if built is not None else "Up to date:"
    click.echo(
        f"{state} {request.document.name}: {counts['chunks']} passages from {counts['paragraphs']} paragraphs in {loaded.folder}"
    )


@main.command()
@doc_option
@click.option("--resume", is_flag=True, help="Reopen the last conversation (about --doc, if given).")
@index_dir_option
@model_option
def chat(doc: Path | None, resume: bool, index_dir: Path | None, model: Path | None) -> None:
    """Open the terminal chat: cited answers, sources you can open, follow-up questions."""
    from askdoc.chat_store import default_data_dir
    from askdoc.tui.app import AskdocApp

    app = AskdocApp(
        document=doc,
        default_document=bundled_article(),
        request_for=lambda document, report: _request(document, index_dir, model, notify=report),
        data_dir=default_data_dir(),
        resume=resume,
    )
    app.run()


@main.command()
@click.argument("question")
@doc_option
@click.option("-k", "k", default=5, show_default=True, help="How many passages to retrieve.")
@click.option("--retriever", type=click.Choice(MODES), default="hybrid", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the answer as one JSON object.")
@index_dir_option
@model_option
def ask(
    question: str, doc: Path | None, k: int, retriever: str, as_json: bool, index_dir: Path | None, model: Path | None
) -> None:
    """Answer QUESTION from the document, with numbered sources."""
    from askdoc.engine import Engine

    if not question.strip():
        raise AskdocError("The question is empty.")
    answer = Engine.open(_request(doc, index_dir, model)).ask(question, k=k, mode=retriever)
    if as_json:
        from askdoc.answer_json import answer_to_json

        click.echo(json.dumps(answer_to_json(answer), ensure_ascii=False))
    else:
        from rich.console import Console

        from askdoc.render import print_answer

        print_answer(Console(), answer)


def run() -> None:
    """Console-script entry: user errors become one sentence on stderr and exit code 2."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        main(standalone_mode=False)
    except AskdocError as exc:
        click.echo(f"askdoc: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    except click.exceptions.Abort:
        click.echo("askdoc: interrupted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        click.echo("askdoc: interrupted.", err=True)
        sys.exit(130)
