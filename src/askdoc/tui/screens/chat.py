"""The chat: conversation, sources panel, question box; the document opens in a worker behind it.

The conversation opens on the document's opening page (title, metadata, suggested questions),
whose summary and questions derived from the document are filled in by a worker once the
Engine is open. Questions wait in a queue of answer placeholders. One is asked at a time, in
a thread worker, with the conversation's earlier questions and answers as its history (none for a
question re-asked standing alone, ctrl+r); the next goes when an answer arrives, and none
goes before the Engine is open and the opening page filled in. With LLM answers
on (ctrl+l), the model's reply streams into the turn as an unchecked draft, then the
checked answer (or the extractive one, with the reason) replaces it.
"""

from __future__ import annotations

from collections import deque
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList
from textual.worker import Worker, WorkerState, get_current_worker

from askdoc.errors import AskdocError
from askdoc.llm.config import LLMConfig, LLMNotConfigured, llm_config
from askdoc.output.conversation_store import Conversation, ConversationStore, new_conversation
from askdoc.output.markdown_export import answer_markdown, conversation_markdown
from askdoc.output.sanitize import sanitize
from askdoc.output.terminal import metadata_line
from askdoc.tui.document_title import peek_document, peek_title
from askdoc.tui.engine_loader import Report, RequestFactory, open_engine
from askdoc.tui.screens.document import DocumentScreen
from askdoc.tui.screens.open_document import OpenDocumentScreen
from askdoc.tui.widgets.answer_turn import AnswerTurn
from askdoc.tui.widgets.conversation_view import ConversationView
from askdoc.tui.widgets.opening_page import OpeningPage, about_line
from askdoc.tui.widgets.question_input import QuestionInput
from askdoc.tui.widgets.sources_panel import SourcesPanel
from askdoc.tui.widgets.status_line import StatusLine
from askdoc.types import Answer, Passage, Span

if TYPE_CHECKING:
    from askdoc.answer.engine import Engine
    from askdoc.answer.overview import Overview
    from askdoc.embedding.embedder import Encoder
    from askdoc.llm.ask import LLMAnswer

Note = tuple[str, bool]
"""A message to show in the conversation at start, and whether it reports an error."""

LLM_SETUP = (
    "LLM answers stay off: they need ASKDOC_LLM_BASE_URL (e.g. http://localhost:11434/v1) and ASKDOC_LLM_MODEL "
    "(and ASKDOC_LLM_API_KEY if the endpoint asks for one) set before the chat starts."
)


class ChatScreen(Screen):
    """Questions and cited answers about one document at a time."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+n", "new_conversation", "New chat"),
        Binding("ctrl+o", "open_document", "Open file"),
        Binding("ctrl+b", "toggle_sources", "Sources"),
        Binding("ctrl+y", "copy_answer", "Copy"),
        Binding("ctrl+s", "export", "Export"),
        Binding("ctrl+r", "ask_anew", "Ask anew"),
        Binding("ctrl+l", "toggle_llm", "LLM answers", show=False),
        Binding("escape", "focus_question", "Ask", show=False),
    ]
    AUTO_FOCUS = "#question"

    def __init__(
        self,
        conversation: Conversation,
        request_for: RequestFactory,
        store: ConversationStore,
        exports: Path,
        notes: list[Note],
    ):
        super().__init__()
        self.conversation = conversation
        self.document = Path(conversation.document)
        self.request_for = request_for
        self.store = store
        self.exports = exports
        self.engine: Engine | None = None
        self._encoders: dict[Path, Encoder] = {}
        self._notes = notes
        self._waiting: deque[AnswerTurn] = deque()
        self._opening: Worker[Engine] | None = None
        self._overviewing: Worker[Overview] | None = None
        self._in_flight: tuple[Worker[Answer | LLMAnswer], AnswerTurn] | None = None
        self.llm: LLMConfig | None = None
        self.sub_title = sanitize(conversation.title)

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield StatusLine(f"Opening {self.document.name}…", id="status")
        with Horizontal(id="body"):
            yield ConversationView(id="conversation")
            yield SourcesPanel(id="sources")
        yield QuestionInput(
            history=self.conversation.questions,
            placeholder="Ask about the document: Enter asks, ↑ recalls earlier questions",
            id="question",
        )
        yield Footer()

    @property
    def view(self) -> ConversationView:
        return self.query_one(ConversationView)

    @property
    def status(self) -> StatusLine:
        return self.query_one(StatusLine)

    def on_mount(self) -> None:
        page = self._opening_page(self.document)
        self.view.mount(page)
        if self.conversation.answers:
            self.call_after_refresh(page.step_aside)
        for answer in self.conversation.answers:
            self.view.add_turn(AnswerTurn(answer.question, answer))
        for message, error in self._notes:
            self.view.add_notice(message, error)
        if self.conversation.answers:
            self.call_after_refresh(lambda: self.view.select(self.view.answered[-1], scroll=False))
        self.call_after_refresh(self._open, self.document)

    # Opening the document

    @staticmethod
    def _opening_page(path: Path) -> OpeningPage:
        """The opening page from what the file heads say: a document's title and metadata, a folder's documents."""
        if path.is_dir():
            from askdoc.documents.loader import expand_documents

            try:
                files = expand_documents((path,))
            except (AskdocError, OSError):
                files = []
            lines = [f"{file.name} — {peek_title(file)}" for file in files]
            return OpeningPage(path.name, f"{len(files)} documents", lines, ["Summarise these documents"])
        title, metadata = peek_document(path)
        about = about_line(metadata)
        questions = ["Summarise this document", *(["Who wrote it?"] if metadata.authors else [])]
        return OpeningPage(title, about, [], questions)

    def _open(self, path: Path) -> None:
        self.engine = None
        status = self.status
        status.busy(f"Opening {path.name}…")

        def report(message: str) -> None:
            self.app.call_from_thread(status.busy, message)

        self._opening = self._open_worker(path, report)

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def _open_worker(self, path: Path, report: Report) -> Engine:
        return open_engine(self.request_for(path, report), report, self._encoders)

    def _opened(self, engine: Engine) -> None:
        self.engine = engine
        self.sub_title = sanitize(metadata_line(engine.index.metadata) or engine.index.title)
        self.conversation = replace(self.conversation, title=engine.index.title)
        counts = engine.index.manifest.counts
        self.status.ready(f"Ready: {counts.chunks} passages from {counts.paragraphs} paragraphs of {self.document.name}.")
        self._overviewing = self._overview_worker(engine)

    @work(thread=True, exclusive=True, group="overview", exit_on_error=False)
    def _overview_worker(self, engine: Engine) -> Overview:
        from askdoc.answer.overview import overview

        return overview(engine)

    async def _overview_done(self, engine: Engine, result: Overview | None) -> None:
        self._overviewing = None
        page = self.query_one(OpeningPage)
        if result is None:
            page.failed("No summary: the document could not be summarised.")
        elif engine is self.engine:
            single = len(engine.index.documents) == 1
            about = about_line(engine.index.metadata, result.pages) if single else ""
            documents = tuple(f"{record.name} — {record.title}" for record in engine.index.manifest.documents)
            await page.fill(result.summary, result.questions, about, engine.index.title if single else "", documents)
            if self.view.selected is None:
                self.query_one(SourcesPanel).show(result.summary, 0)
        if self.engine is not None:
            self._warm_worker(self.engine)
        self._ask_next()

    @work(thread=True, exclusive=True, group="warm", exit_on_error=False)
    def _warm_worker(self, engine: Engine) -> None:
        """Encode the sentences no answer has read yet, while the reader reads or types."""
        worker = get_current_worker()
        engine.index.sentence_vectors.warm(lambda: worker.is_cancelled or engine is not self.engine)

    def _open_failed(self, error: BaseException | None) -> None:
        message = str(error) if isinstance(error, AskdocError) else f"Could not open {self.document}: {error}"
        self.status.failed(message)
        self.view.add_notice(f"{message} Open another document with ctrl+o.", error=True)
        while self._waiting:
            self._waiting.popleft().failed("No document is open to answer from.")

    # Asking

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        question = event.value.strip()
        if not question:
            return
        box = self.query_one(QuestionInput)
        box.value = ""
        await self._enqueue(question)

    async def on_opening_page_suggested(self, event: OpeningPage.Suggested) -> None:
        await self._enqueue(event.question)

    async def action_ask_anew(self) -> None:
        """Ask the selected (else the last) answer's question again, standing alone: no earlier questions."""
        answered = self.view.answered
        turn = self.view.selected or (answered[-1] if answered else None)
        if turn is None:
            self.notify("There is no question to ask anew yet.", severity="warning")
            return
        await self._enqueue(turn.question, standalone=True)

    async def _enqueue(self, question: str, standalone: bool = False) -> None:
        self.query_one(QuestionInput).remember(question)
        self.query_one(OpeningPage).step_aside()
        turn = AnswerTurn(question, standalone=standalone)
        turn.sources_hidden = self.sources_hidden
        await self.view.add_turn(turn)
        self._waiting.append(turn)
        self._ask_next()

    def _ask_next(self) -> None:
        if self.engine is None or self._overviewing is not None or self._in_flight is not None or not self._waiting:
            return
        turn = self._waiting.popleft()
        turn.thinking()
        history = () if turn.standalone else tuple(self.conversation.questions)
        answers = () if turn.standalone else tuple(self.conversation.answers)
        self._in_flight = (self._ask_worker(self.engine, turn, history, answers, self.llm), turn)

    @work(thread=True, group="ask", exit_on_error=False)
    def _ask_worker(
        self,
        engine: Engine,
        turn: AnswerTurn,
        history: tuple[str, ...],
        answers: tuple[Answer, ...],
        llm: LLMConfig | None,
    ) -> Answer | LLMAnswer:
        if llm is None:
            return engine.ask(turn.question, history=history, answers=answers)
        from askdoc.llm.ask import ask_llm

        return ask_llm(
            engine, turn.question, llm, history=history, on_delta=lambda delta: self.app.call_from_thread(turn.draft, delta)
        )

    async def _answered(self, turn: AnswerTurn, result: Answer | LLMAnswer) -> None:
        answer, note = (result, None) if isinstance(result, Answer) else (result.answer, result.fallback_note)
        following = self.view.following or self.view.selected is None
        self.conversation = self.conversation.with_answer(answer)
        try:
            self.store.save(self.conversation)
        except OSError as exc:
            self.notify(f"Could not save the conversation: {exc.strerror}.", severity="error")
        await turn.show(answer, note)
        if following:
            self.view.select(turn, scroll=False)

    async def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker, state = event.worker, event.state
        if worker is self._opening and state == WorkerState.SUCCESS:
            self._opened(worker.result)
        elif worker is self._opening and state == WorkerState.ERROR:
            self._open_failed(worker.error)
        elif worker is self._overviewing and state in (WorkerState.SUCCESS, WorkerState.ERROR):
            await self._overview_done(self.engine, worker.result if state == WorkerState.SUCCESS else None)
        elif self._in_flight is not None and worker is self._in_flight[0] and state in (WorkerState.SUCCESS, WorkerState.ERROR):
            turn = self._in_flight[1]
            self._in_flight = None
            if state == WorkerState.SUCCESS:
                await self._answered(turn, worker.result)
            else:
                turn.failed(str(worker.error))
            self._ask_next()

    # Sources and the document view

    def on_conversation_view_selected(self, event: ConversationView.Selected) -> None:
        self.query_one(SourcesPanel).show(event.turn.answer, self.view.answered.index(event.turn) + 1)

    def on_opening_page_citation_chosen(self, event: OpeningPage.CitationChosen) -> None:
        self.query_one(SourcesPanel).show(event.summary, 0)
        self.query_one(SourcesPanel).open(event.n)

    def on_answer_turn_citation_chosen(self, event: AnswerTurn.CitationChosen) -> None:
        self.view.select(event.turn, scroll=False)
        self.query_one(SourcesPanel).open(event.n)

    def on_sources_panel_opened(self, event: SourcesPanel.Opened) -> None:
        self.read(event.passage, event.quoted)

    def read(self, passage: Passage, quoted: tuple[Span, ...]) -> None:
        """Show the passage in the whole document."""
        if self.engine is None:
            self.notify("The document is still loading; open the source again in a moment.", severity="warning")
            return
        self.app.push_screen(DocumentScreen(self.engine.index, passage, quoted))

    # Commands (bindings and the command palette)

    async def action_new_conversation(self) -> None:
        await self._restart(self.document, self.conversation.title)
        self.view.add_notice(f"New conversation about {self.conversation.title}.")

    def action_open_document(self) -> None:
        self.app.push_screen(OpenDocumentScreen(), self._switch_document)

    async def _switch_document(self, path: Path | None) -> None:
        if path is None:
            return
        await self._restart(path, peek_title(path))
        self._open(path)

    async def _restart(self, document: Path, title: str) -> None:
        """An empty conversation about ``document``; questions not yet answered are dropped."""
        self._waiting.clear()
        self._in_flight = None
        self.document = document
        self.conversation = new_conversation(document, title)
        self.sub_title = sanitize(title)
        await self.view.clear()
        self._overviewing = None
        await self.view.mount(self._opening_page(document))
        self.query_one(SourcesPanel).show(None)
        self.query_one(QuestionInput).focus()

    @property
    def sources_hidden(self) -> bool:
        """Whether the sources panel is hidden (by ctrl+b, or on a narrow terminal until ctrl+b)."""
        return not self.query_one(SourcesPanel).display

    def action_toggle_sources(self) -> None:
        shown = self.query_one(SourcesPanel).display
        self.set_class(shown, "-hide-sources")
        self.set_class(not shown, "-show-sources")
        self.call_after_refresh(self._reword)

    def on_resize(self, event: events.Resize) -> None:
        self.call_after_refresh(self._reword)

    def _reword(self) -> None:
        """Abstentions say where their closest passages are: in the panel, or behind ctrl+b when it is hidden."""
        for turn in self.view.answered:
            turn.reword(self.sources_hidden)

    def action_toggle_llm(self) -> None:
        """LLM answers on (when ASKDOC_LLM_* configure an endpoint) or off; the config lives only in memory."""
        if self.llm is not None:
            self.llm = None
            self.status.mode(None)
            self.notify("LLM answers off: answers are extractive again.")
            return
        try:
            self.llm = llm_config()
        except LLMNotConfigured:
            self.view.add_notice(LLM_SETUP, error=True)
            return
        except AskdocError as exc:
            self.view.add_notice(f"LLM answers stay off: {exc}", error=True)
            return
        self.status.mode(f"LLM: {self.llm.model}")
        self.notify(sanitize(f"LLM answers on: {self.llm.model}."))

    def action_copy_answer(self) -> None:
        answered = self.view.answered
        turn = self.view.selected or (answered[-1] if answered else None)
        if turn is None or turn.answer is None:
            self.notify("There is no answer to copy yet.", severity="warning")
            return
        self.app.copy_to_clipboard(answer_markdown(turn.answer))
        self.notify("Copied the answer and its sources (Markdown).")

    def action_export(self) -> None:
        if not self.conversation.answers:
            self.notify("Nothing to export yet: ask a question first.", severity="warning")
            return
        path = self.exports / f"{self.conversation.id}.md"
        try:
            self.exports.mkdir(parents=True, exist_ok=True)
            path.write_text(conversation_markdown(self.conversation), encoding="utf-8")
        except OSError as exc:
            self.notify(sanitize(f"Could not export to {path}: {exc.strerror}."), severity="error")
            return
        self.notify(sanitize(f"Exported the conversation to {path}"), title="Exported")

    def on_key(self, event: events.Key) -> None:
        """A printable key typed in the conversation or the sources starts a question with it."""
        if not event.is_printable or not event.character or isinstance(self.focused, Input):
            return
        event.stop()
        event.prevent_default()
        box = self.query_one(QuestionInput)
        box.focus()
        box.insert_text_at_cursor(event.character)

    def action_focus_sources(self) -> None:
        self.query_one(OptionList).focus()

    def action_focus_question(self) -> None:
        self.query_one(QuestionInput).focus()
