"""A record's form: fields with their errors beside them, Ctrl+S, Esc, no silent loss.

Subclasses add rows with ``add_field`` and implement ``save`` (which calls the
core and raises ``ValidationError`` naming the field); the message appears
next to that field in the user's language and the field gets the focus.
Closing a changed form asks whether to save, discard or go back.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError, ValidationError
from app.installation import database_is_open
from ui.common.date_field import DateField
from ui.i18n import render, tr


class FormDialog(QDialog):
    """Base of every record form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_widget = QWidget()
        self.form = QFormLayout(self.form_widget)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, tuple[QLabel, Callable[[], str]]] = {}
        self.errors: dict[str, QLabel] = {}
        self.date_fields: list[DateField] = []  # checked before every save
        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout()
        self.body.addWidget(self.form_widget)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.activated.connect(self.try_save)
        # F1 in a form (where the day's work is done) opens its area's guide, as in the main window.
        guide = QShortcut(QKeySequence(Qt.Key.Key_F1), self)
        guide.activated.connect(self.show_guide)
        self.dirty = False
        self.saved = False

    # -- building ------------------------------------------------------------
    def add_field(self, key: str, label: Callable[[], str], widget: QWidget) -> QWidget:
        """Add a labelled field with room for its error message below it."""
        title = QLabel()
        title.setBuddy(widget)
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet("color: #b00020;")
        error.hide()
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(widget)
        inner.addWidget(error)
        self.form.addRow(title, box)
        self.fields[key] = widget
        self.labels[key] = (title, label)
        self.errors[key] = error
        self.watch(widget)
        self._explain_at(key, widget)
        return widget

    def _explain_at(self, key: str, widget: QWidget) -> None:
        """Date and IIN boxes say at once why their text is wrong, under the field ``key``."""
        boxes = [widget] if hasattr(widget, "problemChanged") else [
            child for child in widget.findChildren(QWidget) if hasattr(child, "problemChanged")]
        for box in boxes:
            if isinstance(box, DateField):
                box.field_key = box.field_key or key
                self.date_fields.append(box)
            box.problemChanged.connect(lambda text, k=key: self.show_field_problem(k, text))

    def show_field_problem(self, key: str, text: str) -> None:
        """Show ``text`` under the field ``key`` in red ('' hides it)."""
        label = self.errors[key]
        label.setText(text)
        label.setVisible(bool(text))
        self._fit_height(label)

    def _fit_height(self, label: QLabel) -> None:
        """Give a wrapped message every line it needs: a form layout sizes a wrapped label for one
        width and keeps that height, so a long Kazakh message lost its last line under the next field."""
        def fit() -> None:
            try:
                if label.isVisible() and label.width() > 0:
                    label.setMinimumHeight(label.heightForWidth(label.width()))
            except RuntimeError:
                pass  # the form was closed before the layout got to it
        fit()
        QTimer.singleShot(0, fit)  # again once the layout has given the label its width

    def watch(self, widget: QWidget) -> None:
        """Mark the form changed when ``widget`` changes."""
        mark = lambda *_: self.mark_dirty()  # noqa: E731
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(mark)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(mark)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(mark)
            if widget.isEditable():
                widget.editTextChanged.connect(mark)
        elif isinstance(widget, QAbstractSpinBox):
            # valueChanged only: merely leaving the box (editingFinished) changes nothing.
            if hasattr(widget, "valueChanged"):
                widget.valueChanged.connect(mark)
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(mark)
        elif isinstance(widget, QListWidget):
            widget.itemChanged.connect(mark)

    def mark_dirty(self) -> None:
        """Something was changed by the user."""
        self.dirty = True

    # -- language ---------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        # A form whose database is closed (a window's last moments) has nothing to fill its lists from.
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "labels") and database_is_open():
            self.retranslate()
            # The button box renames its standard buttons after us; rename them once more after it.
            QTimer.singleShot(0, self, self._retranslate_buttons)  # dropped if the form is gone

    def _retranslate_buttons(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Forms", "Save (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Forms", "Cancel"))

    def retranslate(self) -> None:
        """Texts in the current language (subclasses add their own)."""
        for title, text in self.labels.values():
            title.setText(text())
        self._retranslate_buttons()

    # -- errors -------------------------------------------------------------------
    def clear_errors(self) -> None:
        """Hide every error message."""
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.general_error.clear()

    def show_error(self, exc: KnownError) -> None:
        """Show a core error next to its field (or under the form) and focus the field."""
        text = render(exc.msg)
        field = exc.field if isinstance(exc, ValidationError) else None
        label = self.errors.get(field or "")
        if label is None:
            self.general_error.setText(text)
            return
        label.setText(text)
        label.show()
        self._fit_height(label)
        widget = self.fields[field]
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    # -- focus ----------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        focus = self.focusWidget()
        if focus is None or isinstance(focus, QAbstractButton):
            self.focus_first_field()
        else:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)  # chosen before showing: take it now

    def focus_first_field(self) -> None:
        """Put the cursor in the first field that takes typing (a new form starts there)."""
        for widget in self.fields.values():
            candidates = [widget, *widget.findChildren(QWidget)]
            for candidate in candidates:
                if (candidate.isVisibleTo(self) and candidate.isEnabled()
                        and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
                        and not isinstance(candidate, QAbstractButton)):
                    candidate.setFocus(Qt.FocusReason.OtherFocusReason)
                    return

    # -- saving ----------------------------------------------------------------------
    def save(self) -> None:
        """Validate and store the record through the core; raise KnownError if not valid."""
        raise NotImplementedError

    def check_dates(self) -> None:
        """Raise ``ValidationError`` on the first date field whose text is not a date.

        An empty date is allowed here (the core says when one is required);
        a wrong one never becomes "no date" silently.
        """
        for date in self.date_fields:
            date.checked_value()

    def save_checked(self) -> None:
        """:meth:`save`, once every date field holds a date or nothing."""
        self.check_dates()
        self.save()

    def try_save(self) -> bool:
        """Save; on a wrong value show why and stay open. True when saved."""
        self.clear_errors()
        try:
            self.save_checked()
        except KnownError as exc:
            self.show_error(exc)
            return False
        self.dirty = False
        self.saved = True
        self.accept()
        return True

    def ask_unsaved(self) -> str:
        """Ask what to do with unsaved changes: 'save', 'discard' or 'back'."""
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                          tr("Forms", "Save the changes?"), parent=self)
        save = box.addButton(tr("Forms", "Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(tr("Forms", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("Forms", "Go back"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save else "discard" if clicked is discard else "back"

    def reject(self) -> None:
        """Esc or Cancel: ask first when something was changed."""
        if self.dirty:
            answer = self.ask_unsaved()
            if answer == "save":
                self.try_save()
                return
            if answer != "discard":
                return
        self.dirty = False
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.dirty:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def show_guide(self) -> None:
        """F1: the short guide of this form's area."""
        from ui.help.dialog import area_of, open_guide  # the guide window loads only when asked for

        open_guide(self, area_of(self))
