// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "eventkeycombo.h"

#include "eventkeydelegate.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QLocale>

#include <climits>

namespace Journey {

EventKeyCombo::EventKeyCombo(QWidget* parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setItemDelegate(new EventKeyDelegate(this));
    setMaxVisibleItems(16);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(10);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    lineEdit()->setPlaceholderText(tr("Event name"));
}

void EventKeyCombo::setEventKeys(const QList<AnalysisService::EventKey>& keys)
{
    m_keys = keys;
    rebuild();
}

void EventKeyCombo::setAnyEventOffered(bool offered)
{
    m_anyEvent = offered;
    rebuild();
}

QString EventKeyCombo::eventKey() const
{
    const QString text = currentText().trimmed();
    if (m_anyEvent && text == tr("Any event"))
        return EventSelector::anyEvent();
    return text;
}

void EventKeyCombo::setEventKey(const QString& key)
{
    setEditText(m_anyEvent && key == EventSelector::anyEvent() ? tr("Any event") : key);
}

void EventKeyCombo::rebuild()
{
    const QString typed = currentText();
    const QSignalBlocker blocker(this);
    clear();
    if (m_anyEvent) {
        addItem(tr("Any event"));
        setItemData(0, tr("Every event counts (\"*\")"), Qt::ToolTipRole);
    }
    const QFontMetrics metrics(font());
    int widest = 0;
    for (const AnalysisService::EventKey& key : m_keys) {
        addItem(key.name);
        const int row = count() - 1;
        setItemData(row, key.events, EventKeyDelegate::CountRole);
        setItemData(
            row, tr("%n event(s) in the store", nullptr, int(std::min<qint64>(key.events, INT_MAX))), Qt::ToolTipRole);
        widest = std::max(
            widest, metrics.horizontalAdvance(key.name) + metrics.horizontalAdvance(QLocale().toString(key.events)));
    }
    // The popup is as wide as the combo unless told otherwise: make room for the longest name and its count.
    view()->setMinimumWidth(std::min(widest + 60, 520));
    setEditText(typed);
}

} // namespace Journey
