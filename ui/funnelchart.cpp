// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "funnelchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QStackedBarSeries>
#include <QTextDocument>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace Journey {

namespace {
QString percent(double fraction)
{
    return FunnelChart::tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

/// "2. Product Added" as a category label (rich text), its words wrapped onto lines of at most \a width pixels.
QString stepCategory(int index, const QString& event, const QFontMetrics& metrics, qreal width)
{
    const QString text = FunnelChart::tr("%1. %2").arg(index + 1).arg(event);
    if (width <= 0 || metrics.horizontalAdvance(text) <= width)
        return text.toHtmlEscaped();
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            lines.append(line.toHtmlEscaped());
            line = word;
        } else {
            line = longer;
        }
    }
    lines.append(line.toHtmlEscaped());
    return QStringLiteral("<center>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</center>");
}
} // namespace

FunnelChart::FunnelChart(QWidget* parent)
    : AnalysisChartView(parent)
{
    connect(chart(), &QChart::plotAreaChanged, this, &FunnelChart::placeLabels);
    setPlaceholderText(tr("Run a funnel to see how many people get through each step."));
}

void FunnelChart::clear()
{
    qDeleteAll(m_labels);
    qDeleteAll(m_lostLabels);
    m_labels.clear();
    m_lostLabels.clear();
    clearChart();
    m_result = FunnelResult();
}

void FunnelChart::setResult(const FunnelResult& result)
{
    clear();
    m_result = result;
    if (result.steps.isEmpty())
        return;
    if (result.steps.first().users == 0) {
        setPlaceholderText(tr("Nobody did the first step."));
        return;
    }
    setPlaceholderText(QString());
    if (result.breakdown.isEmpty())
        showStackedBars();
    else
        showGroupedBars();
    applyPalette();
    placeLabels();
}

void FunnelChart::showStackedBars()
{
    const QList<FunnelStepResult>& steps = m_result.steps;
    auto* reached = new QBarSet(tr("Reached the step"));
    auto* lost = new QBarSet(tr("Dropped off since the previous step"));
    QStringList categories;
    for (int i = 0; i < steps.size(); ++i) {
        reached->append(double(steps[i].users));
        lost->append(i == 0 ? 0.0 : double(std::max<qint64>(0, steps[i - 1].users - steps[i].users)));
        categories.append(stepCategory(i, steps[i].event, fontMetrics(), 0));
    }
    const QColor color = seriesColor(0);
    reached->setColor(color);
    reached->setBorderColor(color);
    lost->setColor(faint(color, 0.25));
    lost->setBorderColor(faint(color, 0.45));
    auto* series = new QStackedBarSeries;
    series->append(reached);
    series->append(lost);
    series->setBarWidth(0.62);
    chart()->addSeries(series);

    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    // Room above the tallest bar for its label.
    y->setRange(0, std::max(4.0, double(steps.first().users) * 1.15));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("People"));
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart()->legend()->setVisible(true);

    connect(reached, &QBarSet::clicked, this, [this](int index) { Q_EMIT levelClicked(index + 1); });
    connect(lost, &QBarSet::clicked, this, [this](int index) {
        if (index > 0)
            Q_EMIT levelClicked(index);
    });
    connect(reached, &QBarSet::hovered, this, [this](bool on, int index) {
        if (!on || index >= m_result.steps.size()) {
            QToolTip::hideText();
            return;
        }
        const FunnelStepResult& step = m_result.steps[index];
        const int last = int(m_result.steps.size());
        QToolTip::showText(QCursor::pos(),
            tr("Step %1: %2\n%3 people · %4 of step 1 · %5 of the previous step\n%6")
                .arg(index + 1)
                .arg(step.event, QLocale().toString(step.users), percent(step.conversionFromFirst),
                    percent(step.conversionFromPrevious),
                    index + 1 == last ? tr("Click to list the people who completed the funnel")
                                      : tr("Click to list the people who stopped at this step")),
            this);
    });
    connect(lost, &QBarSet::hovered, this, [this](bool on, int index) {
        if (!on || index <= 0 || index >= m_result.steps.size()) {
            QToolTip::hideText();
            return;
        }
        const qint64 dropped = m_result.steps[index - 1].users - m_result.steps[index].users;
        QToolTip::showText(QCursor::pos(),
            tr("%1 people did step %2 but not step %3 (%4 lost)\nClick to list them")
                .arg(QLocale().toString(dropped))
                .arg(index)
                .arg(index + 1)
                .arg(percent(1.0 - m_result.steps[index].conversionFromPrevious)),
            this);
    });

    const QList<FunnelStepResult>& shown = m_result.steps;
    for (int i = 0; i < shown.size(); ++i) {
        auto* label = new QGraphicsTextItem(chart());
        label->setHtml(
            tr("<center><b>%1</b><br>%2</center>")
                .arg(QLocale().toString(shown[i].users), percent(shown[i].conversionFromFirst).toHtmlEscaped()));
        label->document()->setDocumentMargin(0);
        label->setZValue(5);
        m_labels.append(label);
        auto* lostLabel = new QGraphicsSimpleTextItem(chart());
        if (i > 0 && shown[i - 1].users > shown[i].users)
            lostLabel->setText(tr("−%1").arg(QLocale().toString(shown[i - 1].users - shown[i].users)));
        lostLabel->setZValue(5);
        m_lostLabels.append(lostLabel);
    }
    paletteChanged();
}

void FunnelChart::showGroupedBars()
{
    auto* series = new QBarSeries;
    QStringList categories;
    for (int i = 0; i < m_result.steps.size(); ++i)
        categories.append(stepCategory(i, m_result.steps[i].event, fontMetrics(), 0));
    qint64 most = 0;
    const int buckets = std::min<int>(maxBuckets, int(m_result.breakdown.size()));
    for (int b = 0; b < buckets; ++b) {
        const FunnelBucket& bucket = m_result.breakdown[b];
        auto* set = new QBarSet(bucket.value);
        for (const FunnelStepResult& step : bucket.steps) {
            set->append(double(step.users));
            most = std::max(most, step.users);
        }
        set->setColor(seriesColor(b));
        set->setBorderColor(seriesColor(b));
        set->setLabelColor(textColor());
        series->append(set);
        connect(set, &QBarSet::clicked, this, [this](int index) { Q_EMIT levelClicked(index + 1); });
        connect(set, &QBarSet::hovered, this, [this, b](bool on, int index) {
            if (!on || b >= m_result.breakdown.size() || index >= m_result.breakdown[b].steps.size()) {
                QToolTip::hideText();
                return;
            }
            const FunnelStepResult& step = m_result.breakdown[b].steps[index];
            QToolTip::showText(QCursor::pos(),
                tr("%1 · step %2: %3\n%4 people · %5 of step 1")
                    .arg(m_result.breakdown[b].value)
                    .arg(index + 1)
                    .arg(step.event, QLocale().toString(step.users), percent(step.conversionFromFirst)),
                this);
        });
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setBarWidth(0.8);
    chart()->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setRange(0, std::max(4.0, double(most) * 1.15));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("People"));
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart()->legend()->setVisible(true);
}

void FunnelChart::paletteChanged()
{
    for (QGraphicsTextItem* label : std::as_const(m_labels))
        label->setDefaultTextColor(textColor());
    QColor dim = textColor();
    dim.setAlphaF(0.7);
    for (QGraphicsSimpleTextItem* label : std::as_const(m_lostLabels))
        label->setBrush(dim);
    const QList<QAbstractSeries*> series = chart()->series();
    if (!series.isEmpty()) {
        if (auto* bars = qobject_cast<QStackedBarSeries*>(series.first()); bars && bars->count() == 2) {
            bars->barSets().at(1)->setColor(faint(seriesColor(0), 0.25));
            bars->barSets().at(1)->setBorderColor(faint(seriesColor(0), 0.45));
        } else if (auto* grouped = qobject_cast<QBarSeries*>(series.first())) {
            for (QBarSet* set : grouped->barSets())
                set->setLabelColor(textColor());
        }
    }
}

void FunnelChart::wrapCategories()
{
    // The axis cuts labels that are wider than a category short with "…": wrap the words instead.
    auto* axis = qobject_cast<QBarCategoryAxis*>(chart()->axes(Qt::Horizontal).value(0));
    if (!axis || m_result.steps.isEmpty())
        return;
    const QFontMetrics metrics(axis->labelsFont());
    // The axis allows a label the plot width over the number of ticks (categories + 1), less padding.
    // (Measured with the axis' own padding and text margins: 2 × 4 + 2 × 4 px, and a few to spare.)
    const qreal width = chart()->plotArea().width() / qreal(m_result.steps.size() + 1) - 24;
    QStringList categories;
    for (int i = 0; i < m_result.steps.size(); ++i)
        categories.append(stepCategory(i, m_result.steps[i].event, metrics, width));
    if (categories != axis->categories()) {
        axis->clear();
        axis->append(categories);
    }
}

void FunnelChart::placeLabels()
{
    wrapCategories();
    const QList<QAbstractSeries*> series = chart()->series();
    if (series.isEmpty() || m_labels.isEmpty())
        return;
    QAbstractSeries* bars = series.first();
    const QRectF plot = chart()->plotArea();
    for (int i = 0; i < m_labels.size() && i < m_result.steps.size(); ++i) {
        const double users = double(m_result.steps[i].users);
        const double before = i == 0 ? users : double(m_result.steps[i - 1].users);
        const QPointF top = chart()->mapToPosition(QPointF(i, users), bars);
        const QPointF lostTop = chart()->mapToPosition(QPointF(i, before), bars);
        QGraphicsTextItem* label = m_labels[i];
        label->setTextWidth(-1);
        label->setTextWidth(label->boundingRect().width()); // so that <center> centres the lines
        const QRectF box = label->boundingRect();
        // Above the solid part, inside the faint part when there is one.
        double y = top.y() - box.height() - 3;
        y = std::max(y, plot.top() - box.height() / 2);
        label->setPos(top.x() - box.width() / 2, y);
        QGraphicsSimpleTextItem* lost = m_lostLabels[i];
        const QRectF lostBox = lost->boundingRect();
        // Near the top of the faint part, when it is tall enough to hold both labels.
        const bool room = (top.y() - lostTop.y()) > box.height() + lostBox.height() + 8;
        lost->setVisible(room && !lost->text().isEmpty());
        lost->setPos(lostTop.x() - lostBox.width() / 2, lostTop.y() + 3);
    }
}

QStringList FunnelChart::barLabels() const
{
    QStringList labels;
    for (const QGraphicsTextItem* label : m_labels)
        labels.append(label->toPlainText().replace(QLatin1Char('\n'), QStringLiteral(" · ")));
    return labels;
}

} // namespace Journey
