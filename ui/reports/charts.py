"""The dashboard's charts (QtCharts): events per month, coverage against target, aid by family category.

Everything is drawn from the report in memory (no database), so the charts
are redrawn in the new language when it changes.

- Events per month: the Legal Culture events that meet their kind's rules
  (lectures and meetings, master classes, consultations — a week counts in
  the month of its Monday), with the monthly lecture target as a line when
  the report is one region's or smaller.
- Coverage against target: each whole-period figure with a target as a
  percentage of it (100 % = the target; bars stop at 200 %, the label
  says the real figure), coloured and named by its mark.
- Aid by family category: children in the data bank and children helped.
"""
from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QWidget

from app.reports import Report, render_cell
from ui.i18n import current_language, render, tr
from ui.reports.common import MET_COLOURS, SYMBOLS, is_total, mark_text

MONTHLY = ("legal_culture.lectures", "legal_culture.master_classes", "legal_culture.consultations")
SERIES_COLOURS = ("#1f6fb2", "#e08a1e", "#4f9d69", "#8e5ea2")
MAX_PERCENT = 200


def _short(text: str, limit: int = 38) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def month_labels(months: list[str], language: str) -> list[str]:
    """Axis labels of "YYYY-MM" months in the language's own words: «қыр.», «сент. 2026» (the year only
    when the months span more than one)."""
    locale = QLocale(language)
    several_years = len({m[:4] for m in months}) > 1
    labels = []
    for month in months:
        year, number = int(month[:4]), int(month[5:7])
        name = locale.standaloneMonthName(number, QLocale.FormatType.ShortFormat)
        labels.append(f"{name} {year}" if several_years else name)
    return labels


def _count_axis(top: float, percent: bool = False) -> QValueAxis:
    """A value axis from 0 with whole, round steps (1, 2, 5, 10, 20, 50…) and at most 7 ticks."""
    top = max(float(top), 1.0)
    step = 1.0
    for mult in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000,
                 200000, 500000, 1000000):
        step = float(mult)
        if top / step <= 6:
            break
    count = int(-(-top // step))
    axis = QValueAxis()
    axis.setRange(0, step * count)
    axis.setTickCount(count + 1)
    axis.setLabelFormat("%d %%" if percent else "%d")
    return axis


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    font.setPointSizeF(max(9.0, font.pointSizeF()))
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


class ChartsPanel(QWidget):
    """Three chart views: events per month on top, coverage and aid underneath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months_view = QChartView()
        self.coverage_view = QChartView()
        self.aid_view = QChartView()
        self.views = {"months": self.months_view, "coverage": self.coverage_view, "aid": self.aid_view}
        self.charts: dict[str, QChart] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.months_view, 0, 0, 1, 2)
        layout.addWidget(self.coverage_view, 1, 0)
        layout.addWidget(self.aid_view, 1, 1)
        layout.setRowStretch(0, 1)
        layout.setRowStretch(1, 1)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)
        for view in self.views.values():
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(200)
        self.show_report(None)

    def _set(self, key: str, chart: QChart) -> None:
        old = self.charts.get(key)
        self.views[key].setChart(chart)
        self.charts[key] = chart
        if old is not None:
            old.deleteLater()

    def show_report(self, report: Report | None) -> None:
        """Draw the three charts from ``report`` (empty charts without one)."""
        self._set("months", self._months(report))
        self._set("coverage", self._coverage(report))
        self._set("aid", self._aid(report))

    # --- events per month --------------------------------------------------------------------------

    def _months(self, report: Report | None) -> QChart:
        chart = _chart(tr("Reports", "Legal Culture events per month (that meet the rules)"))
        if report is None:
            return chart
        months = [m[0] for m in report.period.months()]
        if len(months) > 24:
            months = months[-24:]
        index = {m: i for i, m in enumerate(months)}
        series = QBarSeries()
        target = None
        for colour, code in zip(SERIES_COLOURS, MONTHLY):
            lines = report.lines(code)
            if not lines:
                continue
            values = [0.0] * len(months)
            for line in lines:
                month = line.month or (line.week.strftime("%Y-%m") if line.week else None)
                if month in index:
                    values[index[month]] += line.value
            bar = QBarSet(_short(render(lines[0].name), 44))
            bar.setColor(QColor(colour))
            bar.append(values)
            series.append(bar)
            if code == "legal_culture.lectures" and report.scope.level != "country" and lines[0].target:
                target = lines[0].target
        if not series.count():
            return chart
        series.setLabelsVisible(len(months) * series.count() <= 18)  # else they overlap
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsInsideEnd)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(month_labels(months, current_language()))
        top = max([s.at(i) for s in series.barSets() for i in range(s.count())] + [1.0])
        if target is not None:
            top = max(top, target.value + 0.5)
        axis_y = _count_axis(top)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        if target is not None:
            line = QLineSeries()
            line.setName(tr("Reports", "Target: {target} lectures a month").format(target=target.text()))
            pen = QPen(QColor("#b71c1c"))
            pen.setWidth(2)
            pen.setStyle(Qt.PenStyle.DashLine)
            line.setPen(pen)
            line.append(-0.5, target.value)
            line.append(len(months) - 0.5, target.value)
            chart.addSeries(line)
            hidden = QValueAxis()
            hidden.setRange(-0.5, len(months) - 0.5)
            hidden.setVisible(False)
            chart.addAxis(hidden, Qt.AlignmentFlag.AlignBottom)
            line.attachAxis(hidden)
            line.attachAxis(axis_y)
        return chart

    # --- coverage against target -------------------------------------------------------------------

    def _coverage(self, report: Report | None) -> QChart:
        chart = _chart(tr("Reports", "Against the target (100 % = the target)"))
        if report is None:
            return chart
        rows = []
        for line in report.lines():
            if line.target is None or line.month or line.week or line.target.value <= 0:
                continue
            if report.scope.level == "country" and line.region:
                continue  # twenty regions each: see the indicators
            name = render(line.name)
            percent = 100.0 * line.value / line.target.value
            rows.append((name, percent, line))
        if not rows:
            return chart
        series = QHorizontalStackedBarSeries()
        sets = {}
        for met in (True, False, None):
            label = mark_text(met) if met is not None else f"{SYMBOLS[None]} {tr('Reports', 'not judged')}"
            bar = QBarSet(label)
            bar.setColor(QColor(MET_COLOURS[met][0] if met is not None else "#9e9e9e"))
            bar.setLabelColor(QColor("#ffffff"))
            sets[met] = bar
        categories = []
        for name, percent, line in reversed(rows):  # the first indicator on top
            figure = f"{line.value:,.0f}".replace(",", "\u202f")
            categories.append(f"{figure} / {line.target.text()} ({percent:.0f} %) · {_short(name, 30)}")
            for met, bar in sets.items():
                bar.append(min(percent, MAX_PERCENT) if line.met is met else 0.0)
        for bar in sets.values():
            series.append(bar)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append(categories)
        axis_x = _count_axis(max(110.0, min(MAX_PERCENT, max(r[1] for r in rows) * 1.05)), percent=True)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)
        goal = QLineSeries()
        goal.setName(tr("Reports", "the target"))
        pen = QPen(QColor("#b71c1c"))
        pen.setWidth(2)
        pen.setStyle(Qt.PenStyle.DashLine)
        goal.setPen(pen)
        goal.append(100, -0.5)
        goal.append(100, len(categories) - 0.5)
        chart.addSeries(goal)
        hidden = QValueAxis()
        hidden.setRange(-0.5, len(categories) - 0.5)
        hidden.setVisible(False)
        chart.addAxis(hidden, Qt.AlignmentFlag.AlignRight)
        goal.attachAxis(axis_x)
        goal.attachAxis(hidden)
        return chart

    # --- aid by family category --------------------------------------------------------------------

    def _aid(self, report: Report | None) -> QChart:
        chart = _chart(tr("Reports", "«Мектепке жол»: children by family category"))
        if report is None:
            return chart
        try:
            table = report.table("aid_categories")
        except KeyError:
            return chart
        rows = [row for row in table.rows if row and not is_total(row[0])]
        if not rows:
            return chart
        series = QHorizontalBarSeries()
        children = QBarSet(render_cell(table.columns[1].title, tr))
        helped = QBarSet(render_cell(table.columns[2].title, tr))
        children.setColor(QColor(SERIES_COLOURS[0]))
        helped.setColor(QColor(SERIES_COLOURS[2]))
        categories = []
        for row in reversed(rows):
            categories.append(_short(str(render_cell(row[0], tr)), 30))
            children.append(float(row[1] or 0))
            helped.append(float(row[2] or 0))
        series.append(children)
        series.append(helped)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append(categories)
        axis_x = _count_axis(max([float(r[1] or 0) for r in rows] + [1.0]) * 1.1)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)
        return chart
