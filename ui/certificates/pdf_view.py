"""Showing and printing PDFs written by the core: QtPdf renders pages to images.

Printing goes through Qt's print dialog: each page is rendered at the
printer's resolution and painted on the page, so any printer Windows knows
works without a PDF reader installed.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter
from PySide6.QtWidgets import QWidget


def render_page(path: Path, page: int = 0, width: int = 900) -> QImage:
    """Page ``page`` of the PDF at ``path`` as an image ``width`` pixels wide (null image if unreadable)."""
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    doc.load(str(path))
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() <= page:
        return QImage()
    points = doc.pagePointSize(page)
    height = int(width * points.height() / points.width())
    image = doc.render(page, QSize(width, height))
    doc.close()
    return image


def print_pdf(path: Path, parent: QWidget) -> bool:
    """Ask for a printer (QPrintDialog) and print every page of the PDF; False if cancelled."""
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    doc = QPdfDocument()
    doc.load(str(path))
    painter = QPainter(printer)
    try:
        first, last = 0, doc.pageCount() - 1
        if printer.fromPage() > 0:
            first, last = printer.fromPage() - 1, min(last, printer.toPage() - 1)
        for index in range(first, last + 1):
            if index > first:
                printer.newPage()
            target = painter.viewport()
            size = doc.pagePointSize(index)
            scale = min(target.width() / size.width(), target.height() / size.height())
            image = doc.render(index, QSize(int(size.width() * scale), int(size.height() * scale)))
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
        doc.close()
    return True


def open_in_viewer(path: Path) -> bool:
    """Open the PDF in the system's viewer."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
