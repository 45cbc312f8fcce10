"""Sync: write a bundle to a USB stick; (office) import a folder of bundles; keys and trust.

Bundles are written and imported in the background.  A bundle from a school
not yet trusted shows its key fingerprint; the office compares it with the
school (by phone) and trusts it from here.  Folders and files can be dropped
on the page.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.i18n import catalog
from app.installation import get_installation
from app.keys import fingerprint
from app.sync.batch import import_paths
from app.sync.export import NeedsReceiver, check_receiver, export_bundle, export_history, receivers
from app.sync.minisign import parse_public_key
from app.sync.review import review
from app.sync.trust import peers, read_card, revoke, trust, write_identity_card
from ui.i18n import current_language, render, tr
from ui.tasks import run_task


def status_text(status: str) -> str:
    """A bundle status in the current language."""
    return {"imported": tr("Sync", "imported"), "already imported": tr("Sync", "already imported"),
            "conflict": tr("Sync", "conflict"), "refused": tr("Sync", "refused"),
            "dry run": tr("Sync", "checked"), "skipped": tr("Sync", "skipped")}.get(status, status)


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def written_at(stamp: str) -> str:
    """A bundle's UTC time as people read it here: DD.MM.YYYY HH:MM on this computer's clock."""
    try:
        when = dt.datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return stamp or ""
    if when.tzinfo is not None:
        when = when.astimezone()
    return when.strftime("%d.%m.%Y %H:%M")


def _fill(table: QTableWidget, rows: list[list[Any]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))


class SyncPage(QWidget):
    """Bundles out, bundles in, keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.last_export: Any = None
        self.last_batch: Any = None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.tabs = QTabWidget()
        # -- out
        out = QWidget()
        self.export_box = QGroupBox()
        self.receiver_label = QLabel()
        self.receiver = QComboBox()
        self.full = QCheckBox()
        self.export_button = QPushButton()
        self.export_result = QLabel()
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QVBoxLayout(self.export_box)
        row = QHBoxLayout()
        row.addWidget(self.receiver_label)
        row.addWidget(self.receiver, 1)
        box.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.full)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self.export_result)
        self.exports = _table(6)
        # Shown while no receiver is trusted: what an unencrypted bundle means, and the way out.
        self.no_receiver = QFrame()
        self.no_receiver.setObjectName("noReceiver")
        self.no_receiver.setStyleSheet("#noReceiver { background: #fff4dc; border: 1px solid #e0b050; "
                                       "border-radius: 4px; }")
        self.no_receiver_title = QLabel()
        self.no_receiver_title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.no_receiver_text = QLabel()
        self.no_receiver_text.setWordWrap(True)
        self.no_receiver_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.no_receiver_steps = QLabel()
        self.no_receiver_steps.setWordWrap(True)
        self.no_receiver_steps.setTextFormat(Qt.TextFormat.RichText)
        self.walk_trust_button = QPushButton()
        steps = QVBoxLayout(self.no_receiver)
        steps.addWidget(self.no_receiver_title)
        steps.addWidget(self.no_receiver_text)
        steps.addWidget(self.no_receiver_steps)
        steps.addWidget(self.walk_trust_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.no_receiver.hide()
        lay = QVBoxLayout(out)
        lay.addWidget(self.no_receiver)
        lay.addWidget(self.export_box)
        lay.addWidget(self.exports, 1)
        # -- in
        incoming = QWidget()
        self.import_button = QPushButton()
        self.import_files_button = QPushButton()
        self.dry_run = QCheckBox()
        self.drop_hint = QLabel()
        self.results = _table(10)
        self.gaps = QLabel()
        self.gaps.setWordWrap(True)
        self.gaps.setStyleSheet("color: #8a5300;")
        self.trust_button = QPushButton()
        self.trust_button.setEnabled(False)
        lay = QVBoxLayout(incoming)
        row = QHBoxLayout()
        for w in (self.import_button, self.import_files_button, self.dry_run):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.trust_button)
        lay.addLayout(row)
        lay.addWidget(self.drop_hint)
        lay.addWidget(self.results, 1)
        lay.addWidget(self.gaps)
        # -- keys
        keys = QWidget()
        self.fingerprint = QLabel()
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.card_button = QPushButton()
        self.trust_card_button = QPushButton()
        self.revoke_button = QPushButton()
        self.peers = _table(5)
        lay = QVBoxLayout(keys)
        lay.addWidget(self.fingerprint)
        row = QHBoxLayout()
        for w in (self.card_button, self.trust_card_button, self.revoke_button):
            row.addWidget(w)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(self.peers, 1)
        # -- review (office)
        review = QWidget()
        self.review_button = QPushButton()
        self.duplicates = _table(4)
        self.aid_twice = _table(5)
        self.review_labels = [QLabel(), QLabel()]
        lay = QVBoxLayout(review)
        lay.addWidget(self.review_button)
        lay.addWidget(self.review_labels[0])
        lay.addWidget(self.duplicates, 1)
        lay.addWidget(self.review_labels[1])
        lay.addWidget(self.aid_twice, 1)
        self.tabs.addTab(out, "")
        self.tabs.addTab(incoming, "")
        self.tabs.addTab(keys, "")
        self.tabs.addTab(review, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self.export_button.clicked.connect(lambda: self.export())
        self.import_button.clicked.connect(lambda: self.import_folder())
        self.import_files_button.clicked.connect(lambda: self.import_files())
        self.trust_button.clicked.connect(self.trust_selected)
        self.card_button.clicked.connect(lambda: self.save_card())
        self.trust_card_button.clicked.connect(lambda: self.trust_card())
        self.walk_trust_button.clicked.connect(lambda: self.trust_card())
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.review_button.clicked.connect(self.refresh_review)
        self.retranslate()

    # -- language -------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "review_labels"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.title.setText(tr("Sync", "Sync with the office"))
        for i, text in enumerate((tr("Sync", "Send to the office"), tr("Sync", "Receive bundles"),
                                  tr("Sync", "Keys and trust"), tr("Sync", "Review"))):
            self.tabs.setTabText(i, text)
        self.export_box.setTitle(tr("Sync", "Write a bundle to a USB stick or a folder"))
        self.export_button.setText(tr("Sync", "Write the bundle…"))
        self.receiver_label.setText(tr("Sync", "For:"))
        self.full.setText(tr("Sync", "Everything (a full snapshot), not only the changes"))
        self.exports.setHorizontalHeaderLabels([tr("Sync", "No."), tr("Sync", "Written"), tr("Sync", "For"),
                                                tr("Sync", "Records"), tr("Sync", "Full"), tr("Sync", "File")])
        self.walk_trust_button.setText(tr("Sync", "Trust the office's identity card…"))
        self.import_button.setText(tr("Sync", "Import a folder…"))
        self.import_files_button.setText(tr("Sync", "Import files…"))
        self.dry_run.setText(tr("Sync", "Only check, save nothing"))
        self.drop_hint.setText(tr("Sync", "Or drop bundle files or a folder here."))
        self.trust_button.setText(tr("Sync", "Trust the sender…"))
        self.results.setHorizontalHeaderLabels([
            tr("Sync", "File"), tr("Sync", "From"), tr("Sync", "No."), tr("Sync", "Result"),
            tr("Sync", "Created"), tr("Sync", "Updated"), tr("Sync", "Unchanged"), tr("Sync", "Ignored"),
            tr("Sync", "Rejected"), tr("Sync", "Reason")])
        self.card_button.setText(tr("Sync", "Save my identity card…"))
        self.trust_card_button.setText(tr("Sync", "Trust an identity card…"))
        self.revoke_button.setText(tr("Sync", "Revoke the selected (lost laptop)"))
        self.peers.setHorizontalHeaderLabels([tr("Sync", "Name"), tr("Sync", "Role"), tr("Sync", "Region"),
                                              tr("Sync", "Key fingerprint"), tr("Sync", "State")])
        self.review_button.setText(tr("Sync", "Look for problems across schools"))
        self.review_labels[0].setText(tr("Sync", "The same IIN registered by several schools:"))
        self.review_labels[1].setText(tr("Sync", "Aid given to the same child by several schools in one campaign:"))
        self.duplicates.setHorizontalHeaderLabels([tr("Sync", "IIN"), tr("Sync", "Schools"), tr("Sync", "Names"),
                                                   tr("Sync", "Installations")])
        self.aid_twice.setHorizontalHeaderLabels([tr("Sync", "Child"), tr("Sync", "Year"), tr("Sync", "Times"),
                                                  tr("Sync", "Items"), tr("Sync", "Installations")])
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the export history, the fingerprint and the trusted keys."""
        inst = get_installation()
        if inst is None:
            return
        self.fingerprint.setText(tr("Sync", "This installation's key fingerprint: {fp}").format(
            fp=fingerprint(inst.public_key)))
        trusted = peers()
        names = {p.id: p.name for p in trusted}
        not_encrypted = tr("Sync", "not encrypted")
        _fill(self.exports, [[e.sequence, written_at(e.created_at),
                              names.get(e.receiver, e.receiver) if e.receiver else not_encrypted,
                              e.records, tr("Sync", "yes") if e.full else tr("Sync", "no"), e.file_name]
                             for e in export_history()])
        _fill(self.peers, [[p.name, p.role, p.region, fingerprint(bytes(p.public_key)),
                            tr("Sync", "revoked") if p.revoked_at else tr("Sync", "trusted")]
                           for p in trusted])
        self._peer_ids = [p.id for p in trusted]
        self._fill_receivers()

    def _fill_receivers(self) -> None:
        chosen = self.receiver.currentData()
        self.receiver.clear()
        roles = {"school": tr("Sync", "school"), "office": tr("Sync", "region office"),
                 "national": tr("Sync", "national centre")}
        for peer in receivers():
            self.receiver.addItem(f"{peer.name} ({roles.get(peer.role, peer.role)})", peer.id)
        if not self.receiver.count():
            self.receiver.addItem(tr("Sync", "— no office trusted yet —"), None)
        index = self.receiver.findData(chosen)
        self.receiver.setCurrentIndex(max(index, 0))
        self._explain_no_receiver(self.receiver.currentData() is None)

    def _explain_no_receiver(self, shown: bool) -> None:
        """While nobody is trusted to receive, say what that means and walk through trusting the office."""
        self.no_receiver.setVisible(shown)
        if not shown:
            return
        inst = get_installation()
        above = tr("Sync", "your region office") if inst is None or inst.role == "school" \
            else tr("Sync", "the national centre")
        self.no_receiver_title.setText(tr("Sync", "Bundles cannot be encrypted yet"))
        self.no_receiver_text.setText(tr(
            "Sync", "No identity card of {above} is trusted here, so a bundle would be written unencrypted: "
                    "anyone who finds the USB stick could read the names, birth dates and IINs in it. "
                    "Three steps fix this once:").format(above=above))
        self.no_receiver_steps.setText("<ol style='margin-left: 0'>" + "".join(f"<li>{step}</li>" for step in (
            tr("Sync", "Ask {above} for its identity card: a small file (tirkeu-identity.json) on a USB stick "
                       "or by e-mail.").format(above=above),
            tr("Sync", "Click the button below and choose that file."),
            tr("Sync", "Call {above} and compare the key fingerprint Tirkeu shows you with the one on their "
                       "screen (Help → About). Only if they match, answer Yes.").format(above=above),
        )) + "</ol>")

    # -- out -------------------------------------------------------------------
    def export(self, folder: str | None = None) -> None:
        """Write the next bundle into ``folder`` (asked for if not given)."""
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, tr("Sync", "Where to write the bundle"))
            if not folder:
                return
        full, to, plaintext = self.full.isChecked(), self.receiver.currentData(), False
        try:
            check_receiver(to)
        except NeedsReceiver:
            # The core's message names the command line's flags; the window says it in its own words.
            box = QMessageBox(QMessageBox.Icon.Warning, tr("Sync", "The bundle cannot be encrypted"),
                              tr("Sync", "Nobody is chosen in the «For» list, so this bundle would be written "
                                         "unencrypted: anyone who finds the USB stick could read the names, "
                                         "birth dates and IINs in it. The panel at the top of this page shows "
                                         "how to trust the office's identity card. Write it unencrypted "
                                         "anyway?"), parent=self)
            write = box.addButton(tr("Sync", "Write unencrypted"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is not write:
                return
            plaintext = True
        run_task(self, tr("Sync", "Writing the bundle…"),
                 lambda: export_bundle(Path(folder), full=full, to=to, plaintext=plaintext), self._exported)

    def _exported(self, result: Any) -> None:
        self.last_export = result
        text = tr("Sync", "Bundle {sequence} with {records} records was written to {path}.").format(
            sequence=result.sequence, records=result.records, path=str(result.path))
        text += " " + (tr("Sync", "It is encrypted to {name}.").format(name=result.receiver) if result.encrypted
                       else tr("Sync", "It is NOT encrypted: anyone who finds the stick can read it."))
        for warning in result.warnings:
            text += "\n" + render(warning)
        self.export_result.setText(text)
        self.refresh()

    # -- in ----------------------------------------------------------------------
    def import_folder(self, folder: str | None = None) -> None:
        """Import every bundle in a folder (asked for if not given)."""
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, tr("Sync", "Folder with bundles"))
            if not folder:
                return
        self.import_paths([folder])

    def import_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, tr("Sync", "Bundles"), "",
                                                tr("Sync", "Tirkeu bundles (*.tirkeu)"))
        if files:
            self.import_paths(files)

    def import_paths(self, paths: list[str], trust_new: bool = False) -> None:
        """Import bundles in the background and show what each did."""
        translate = catalog(current_language()).translate
        dry = self.dry_run.isChecked()
        run_task(self, tr("Sync", "Importing bundles…"),
                 lambda: import_paths([Path(p) for p in paths], dry_run=dry, trust_new=trust_new,
                                      translate=translate), self._imported)

    def _imported(self, batch: Any) -> None:
        self.last_batch = batch
        _fill(self.results, [[Path(b.file).name, b.name, b.sequence, status_text(b.status), b.created, b.updated,
                              b.unchanged, b.ignored, len(b.rejected), b.reason or ""] for b in batch.bundles])
        self.gaps.setText("\n".join(tr("Sync", "Missing from {name}: bundle(s) {numbers}.").format(
            name=g.name, numbers=", ".join(map(str, g.missing))) for g in batch.gaps))
        self.trust_button.setEnabled(any(b.sender_to_trust for b in batch.bundles))

    def trust_selected(self) -> None:
        """For each refused bundle from an unknown school: show its fingerprint, trust if confirmed.

        The key comes from the import's own summary; the bundle is read again only by the
        import that follows, which trusts the sender as a school (never as an office).
        """
        if not self.last_batch:
            return
        chosen = []
        for summary in self.last_batch.bundles:
            if not summary.sender_to_trust:
                continue
            key = parse_public_key(summary.sender_key)
            answer = QMessageBox.question(
                self, tr("Sync", "Trust the sender?"),
                tr("Sync", "{name} is not trusted yet. Its key fingerprint is\n\n{fp}\n\nCall the school and "
                           "compare it with the fingerprint shown in their Tirkeu (Help → About). Trust it?")
                .format(name=summary.name, fp=fingerprint(key)))
            if answer == QMessageBox.StandardButton.Yes:
                chosen.append(summary.file)
        if chosen:
            self.import_paths(chosen, trust_new=True)

    # -- drop ------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.tabs.setCurrentIndex(1)
            self.import_paths(paths)

    # -- keys ----------------------------------------------------------------------
    def save_card(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, tr("Sync", "Save the identity card"), "tirkeu-identity.json",
                                                  tr("Sync", "Identity cards (*.json)"))
            if not path:
                return
        write_identity_card(Path(path))
        self.refresh()

    def trust_card(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, tr("Sync", "Identity card"), "",
                                                  tr("Sync", "Identity cards (*.json *.card);;All files (*)"))
            if not path:
                return
        try:
            card = read_card(Path(path))
            roles = {"school": tr("Sync", "school"), "office": tr("Sync", "region office"),
                     "national": tr("Sync", "national centre")}
            answer = QMessageBox.question(
                self, tr("Sync", "Trust this identity card?"),
                tr("Sync", "{name} ({role}, {region}).\n\nIts key fingerprint is\n\n{fp}\n\nCall them and compare "
                           "it with the fingerprint their Tirkeu shows (Help → About). Trust it?")
                .format(name=card.name, role=roles.get(card.role, card.role), region=card.region or "—",
                        fp=card.fingerprint))
            if answer != QMessageBox.StandardButton.Yes:
                return
            trust(card)
        except KnownError as exc:
            QMessageBox.warning(self, tr("Sync", "Identity card"), render(exc.msg))
        self.refresh()

    def revoke_selected(self) -> None:
        rows = sorted({i.row() for i in self.peers.selectionModel().selectedRows()})
        if not rows:
            return
        for row in rows:
            revoke(self._peer_ids[row])
        self.refresh()

    # -- review ----------------------------------------------------------------------
    def refresh_review(self) -> None:
        found = review()
        _fill(self.duplicates, [[d["iin"], d["installations"], d["names"], d["origins"]] for d in found["duplicates"]])
        _fill(self.aid_twice, [[a["child"], a["year"], a["times"], a["items"], a["origins"]]
                               for a in found["aid_twice"]])
