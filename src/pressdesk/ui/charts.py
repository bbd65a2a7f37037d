"""Charts of the Reports section, drawn with Qt Charts in the colours of the system palette.

Bars are horizontal so that long region names stay readable, every bar carries its number, and a
chart with nothing to show says so in words instead of drawing empty axes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QVBoxLayout, QWidget

from pressdesk.ui.sections import heading_font

# (name, values, colour) for one set of bars.
BarSet = tuple[str, Sequence[int], str]


def _palette() -> QPalette:
    app = QApplication.instance()
    return app.palette() if isinstance(app, QApplication) else QPalette()


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def style_chart(chart: QChart) -> None:
    """Theme, background and text in the palette's colours, so dark mode looks right."""
    palette = _palette()
    theme = QChart.ChartTheme
    chart.setTheme(theme.ChartThemeDark if is_dark(palette) else theme.ChartThemeLight)
    chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    text = palette.color(QPalette.ColorRole.Text)
    chart.setTitleBrush(text)
    chart.legend().setLabelColor(text)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    for axis in chart.axes():
        axis.setLabelsColor(text)
        axis.setLinePenColor(palette.color(QPalette.ColorRole.Mid))
        axis.setGridLineColor(palette.color(QPalette.ColorRole.Midlight))


class ChartPanel(QWidget):
    """A chart with a title, or a sentence saying there is nothing to chart yet."""

    def __init__(self, title: str, empty_text: str) -> None:
        super().__init__()
        self.chart = QChart()
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setAccessibleName(title)
        self.view.setMinimumHeight(180)
        self.title = QLabel(title)
        self.title.setFont(heading_font(1))
        self.empty = QLabel(empty_text)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        self.show_empty()

    @property
    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def show_empty(self) -> None:
        self._reset()
        self.view.setAccessibleDescription(self.empty.text())
        self.stack.setCurrentWidget(self.empty)

    def _reset(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)

    def show_bars(self, categories: Sequence[str], sets: Sequence[BarSet]) -> None:
        """One group of bars per category (drawn top to bottom in the order given)."""
        if not categories or not any(any(values) for _, values, _ in sets):
            self.show_empty()
            return
        self._reset()
        series = QHorizontalBarSeries()
        # Qt draws the first category at the bottom; reverse so the list reads top-down.
        order = list(range(len(categories)))[::-1]
        # Within a group Qt also stacks the first set lowest: add them last-first so they read
        # top-down, and reverse the legend to match.
        drawn = list(sets)[::-1]
        for name, values, colour in drawn:
            bar_set = QBarSet(name)
            bar_set.append([float(values[i]) for i in order])
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
            bar_set.setLabelColor(_palette().color(QPalette.ColorRole.Text))
            series.append(bar_set)
        self.view.setAccessibleDescription(
            "; ".join(
                f"{category}: " + ", ".join(f"{name} {values[i]}" for name, values, _ in sets)
                for i, category in enumerate(categories)
            )
        )  # what a screen reader says instead of the picture
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(6)
        self.chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([categories[i] for i in order])
        counts = QValueAxis()
        _whole_number_axis(counts, max(max(values, default=0) for _, values, _ in sets))
        self.chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(counts)
        self.chart.legend().setVisible(len(sets) > 1)
        self.chart.legend().setReverseMarkers(True)
        style_chart(self.chart)
        for bar_set, (_, _, colour) in zip(series.barSets(), drawn, strict=True):
            bar_set.setColor(QColor(colour))  # the theme resets colours; put ours back
            bar_set.setBorderColor(QColor(colour))
            bar_set.setLabelColor(_palette().color(QPalette.ColorRole.Text))
        self.stack.setCurrentWidget(self.view)

    def show_line(self, name: str, points: Sequence[tuple[date, int]], colour: str) -> None:
        """A running total over days, with a dot on each day that added to it."""
        if not points:
            self.show_empty()
            return
        self._reset()
        self.view.setAccessibleDescription(
            "; ".join(f"{day.isoformat()}: {value}" for day, value in points)
        )
        series = QLineSeries()
        series.setName(name)
        for day, value in points:
            series.append(_msecs(day), float(value))
        series.setPointsVisible(True)
        series.setPointLabelsVisible(True)
        series.setPointLabelsFormat("@yPoint")
        series.setPointLabelsColor(_palette().color(QPalette.ColorRole.Text))
        self.chart.addSeries(series)
        days = QDateTimeAxis()
        days.setFormat("d MMM")
        first, last = points[0][0], points[-1][0]
        days.setRange(_qdatetime(first - timedelta(days=1)), _qdatetime(last + timedelta(days=1)))
        days.setTickCount(min(8, max(3, (last - first).days + 3)))
        counts = QValueAxis()
        _whole_number_axis(counts, max(value for _, value in points))
        self.chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(days)
        series.attachAxis(counts)
        self.chart.legend().setVisible(False)
        style_chart(self.chart)
        pen = QPen(QColor(colour))
        pen.setWidth(2)
        series.setPen(pen)
        self.stack.setCurrentWidget(self.view)

    def bar_values(self) -> dict[str, list[float]]:
        """Each bar set's values, in the order of the categories given (for checks and tests)."""
        values: dict[str, list[float]] = {}
        for series in self.chart.series():
            if isinstance(series, QHorizontalBarSeries):
                for bar_set in series.barSets():
                    found = [bar_set.at(i) for i in range(bar_set.count())]
                    values[bar_set.label()] = found[::-1]
        return values

    def categories(self) -> list[str]:
        for axis in self.chart.axes(Qt.Orientation.Vertical):
            if isinstance(axis, QBarCategoryAxis):
                return list(axis.categories())[::-1]
        return []

    def line_values(self) -> list[tuple[date, float]]:
        for series in self.chart.series():
            if isinstance(series, QLineSeries):
                return [
                    (QDateTime.fromMSecsSinceEpoch(int(p.x())).date().toPython(), p.y())
                    for p in series.points()
                ]
        return []


def _whole_number_axis(axis: QValueAxis, top: int) -> None:
    """Ticks on whole numbers (1, 2, 5, 10, 20… apart), with room above the largest value."""
    step, scale = 1, 1
    while True:
        step = next(
            (n * scale for n in (1, 2, 5) if math.ceil(max(1, top * 1.1) / (n * scale)) <= 5), 0
        )
        if step:
            break
        scale *= 10
    ticks = math.ceil(max(1, top * 1.1) / step)
    axis.setRange(0, ticks * step)
    axis.setTickCount(ticks + 1)
    axis.setLabelFormat("%d")


def _qdatetime(day: date) -> QDateTime:
    return QDateTime(datetime.combine(day, time(12, 0)))


def _msecs(day: date) -> float:
    return float(_qdatetime(day).toMSecsSinceEpoch())
