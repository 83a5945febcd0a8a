// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "funnelstepeditor.h"

#include "analysis/funnelquery.h"
#include "eventkeycombo.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Journey {

FunnelStepEditor::FunnelStepEditor(QWidget* parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(tr("Add step"), this))
{
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(m_rowsLayout);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_add->setToolTip(tr("Add a step at the end (at most %1)").arg(FunnelQuery::maxSteps));
    connect(m_add, &QPushButton::clicked, this, [this] { addStep(); });
    setSteps({});
}

void FunnelStepEditor::setEventKeys(const QList<AnalysisService::EventKey>& keys)
{
    m_keys = keys;
    for (const Row& row : std::as_const(m_rows))
        row.event->setEventKeys(keys);
}

void FunnelStepEditor::setSteps(const QStringList& events)
{
    while (!m_rows.isEmpty()) {
        delete m_rows.takeLast().widget;
    }
    for (const QString& event : events)
        addStep(event);
    while (m_rows.size() < FunnelQuery::minSteps)
        addStep();
    Q_EMIT stepsChanged();
}

QString FunnelStepEditor::stepEvent(int step) const
{
    return m_rows.value(step).event ? m_rows[step].event->eventKey() : QString();
}

void FunnelStepEditor::setStepEvent(int step, const QString& event)
{
    if (step >= 0 && step < m_rows.size())
        m_rows[step].event->setEventKey(event);
}

QString FunnelStepEditor::stepConditions(int step) const
{
    return m_rows.value(step).conditions ? m_rows[step].conditions->text() : QString();
}

void FunnelStepEditor::setStepConditions(int step, const QString& conditions)
{
    if (step >= 0 && step < m_rows.size())
        m_rows[step].conditions->setText(conditions);
}

void FunnelStepEditor::addStep(const QString& event)
{
    if (m_rows.size() >= FunnelQuery::maxSteps)
        return;
    Row row;
    row.widget = new QWidget(this);
    row.number = new QLabel(row.widget);
    row.event = new EventKeyCombo(row.widget);
    row.conditions = new QLineEdit(row.widget);
    row.remove = new QToolButton(row.widget);
    row.number->setMinimumWidth(row.number->fontMetrics().horizontalAdvance(QStringLiteral("20.")));
    row.number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row.event->setEventKeys(m_keys);
    row.event->setEventKey(event);
    row.conditions->setPlaceholderText(tr("conditions"));
    row.conditions->setToolTip(
        tr("Only events whose properties match, e.g. \"plan=pro, price>10\": =, !=, <, <=, >, >=, "
           "~ (contains), name? (has it), !name (has not); all must hold"));
    row.conditions->setClearButtonEnabled(true);
    row.remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    row.remove->setText(QStringLiteral("✕"));
    row.remove->setToolButtonStyle(Qt::ToolButtonIconOnly);
    row.remove->setAutoRaise(true);
    row.remove->setToolTip(tr("Remove this step"));
    auto* layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(row.number);
    layout->addWidget(row.event, 3);
    layout->addWidget(row.conditions, 2);
    layout->addWidget(row.remove);
    m_rowsLayout->addWidget(row.widget);
    QWidget* widget = row.widget;
    connect(row.remove, &QToolButton::clicked, this, [this, widget] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].widget == widget) {
                removeStep(i);
                return;
            }
        }
    });
    connect(row.event, &QComboBox::currentTextChanged, this, &FunnelStepEditor::stepsChanged);
    m_rows.append(row);
    renumber();
    Q_EMIT stepsChanged();
}

void FunnelStepEditor::removeStep(int step)
{
    if (step < 0 || step >= m_rows.size() || m_rows.size() <= FunnelQuery::minSteps)
        return;
    // Later: the button that asked for it is still on the call stack.
    QWidget* widget = m_rows.takeAt(step).widget;
    widget->hide();
    widget->deleteLater();
    renumber();
    Q_EMIT stepsChanged();
}

void FunnelStepEditor::renumber()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows[i].number->setText(tr("%1.").arg(i + 1));
        m_rows[i].remove->setEnabled(m_rows.size() > FunnelQuery::minSteps);
    }
    m_add->setEnabled(m_rows.size() < FunnelQuery::maxSteps);
}

bool FunnelStepEditor::parseConditions(const QString& text, QList<PropertyFilter>& out, QString* error)
{
    out.clear();
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        PropertyFilter filter;
        if (!PropertyFilter::parse(part.trimmed(), filter, error))
            return false;
        out.append(filter);
    }
    return true;
}

bool FunnelStepEditor::selectors(QList<EventSelector>& out, QString* error) const
{
    out.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        EventSelector selector;
        selector.event = m_rows[i].event->eventKey();
        if (selector.event.isEmpty()) {
            *error = tr("Step %1 needs an event.").arg(i + 1);
            return false;
        }
        QString reason;
        if (!parseConditions(m_rows[i].conditions->text(), selector.filters, &reason)) {
            *error = tr("Step %1 (%2): %3").arg(i + 1).arg(selector.event, reason);
            return false;
        }
        out.append(selector);
    }
    return true;
}

} // namespace Journey
