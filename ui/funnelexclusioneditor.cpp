// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "funnelexclusioneditor.h"

#include "eventkeycombo.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace Journey {

namespace {
constexpr int maxExclusions = 32; // FunnelQuery::check()'s limit
}

FunnelExclusionEditor::FunnelExclusionEditor(QWidget* parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(tr("Add exclusion"), this))
{
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(m_rowsLayout);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_add->setToolTip(tr("People who do this event between two steps do not convert past the first of them"));
    connect(m_add, &QPushButton::clicked, this, [this] { addExclusion(); });
}

void FunnelExclusionEditor::setEventKeys(const QList<AnalysisService::EventKey>& keys)
{
    m_keys = keys;
    for (const Row& row : std::as_const(m_rows))
        row.event->setEventKeys(keys);
}

void FunnelExclusionEditor::setStepCount(int steps)
{
    m_steps = std::max(steps, int(FunnelQuery::minSteps));
    for (const Row& row : std::as_const(m_rows)) {
        row.from->setMaximum(m_steps - 1);
        row.to->setMaximum(m_steps);
    }
}

void FunnelExclusionEditor::addExclusion(const QString& event, int fromStep, int toStep)
{
    if (m_rows.size() >= maxExclusions)
        return;
    Row row;
    row.widget = new QWidget(this);
    row.event = new EventKeyCombo(row.widget);
    row.from = new QSpinBox(row.widget);
    row.to = new QSpinBox(row.widget);
    auto* remove = new QToolButton(row.widget);
    row.event->setEventKeys(m_keys);
    row.event->setEventKey(event);
    row.from->setRange(1, m_steps - 1);
    row.to->setRange(2, m_steps);
    row.from->setValue(fromStep + 1);
    row.to->setValue(toStep + 1);
    row.from->setToolTip(tr("After the event matched as this step…"));
    row.to->setToolTip(tr("…and before the event matched as this step"));
    remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    remove->setText(QStringLiteral("✕"));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove this exclusion"));
    auto* layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(row.event, 1);
    layout->addWidget(new QLabel(tr("between step"), row.widget));
    layout->addWidget(row.from);
    layout->addWidget(new QLabel(tr("and"), row.widget));
    layout->addWidget(row.to);
    layout->addWidget(remove);
    m_rowsLayout->addWidget(row.widget);
    QWidget* widget = row.widget;
    connect(remove, &QToolButton::clicked, this, [this, widget] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].widget == widget) {
                m_rows.removeAt(i);
                widget->hide();
                widget->deleteLater(); // later: its button is on the call stack
                break;
            }
        }
        m_add->setEnabled(m_rows.size() < maxExclusions);
    });
    m_rows.append(row);
    m_add->setEnabled(m_rows.size() < maxExclusions);
}

bool FunnelExclusionEditor::exclusions(QList<FunnelExclusion>& out, QString* error) const
{
    out.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows[i];
        FunnelExclusion exclusion;
        exclusion.event.event = row.event->eventKey();
        if (exclusion.event.event.isEmpty())
            continue; // an empty row is no exclusion
        exclusion.fromStep = row.from->value() - 1;
        exclusion.toStep = row.to->value() - 1;
        if (exclusion.toStep <= exclusion.fromStep) {
            *error = tr("Exclusion %1 (%2): the second step must come after the first.")
                         .arg(i + 1)
                         .arg(exclusion.event.event);
            return false;
        }
        out.append(exclusion);
    }
    return true;
}

} // namespace Journey
