// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "filterbar.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace Journey {

namespace {
enum TimeRange { AnyTime, Last15Minutes, LastHour, Last24Hours, Last7Days, Custom };
constexpr int debounceMs = 250;

QLineEdit* makeSearchField(const QString& placeholder, const QString& tip, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(tip);
    edit->setClearButtonEnabled(true);
    return edit;
}
} // namespace

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
{
    m_type = new QComboBox(this);
    m_type->addItem(tr("All types"), 0u);
    for (int type = 1; type <= eventTypeCount; ++type)
        m_type->addItem(QString::fromLatin1(eventTypeName(EventType(type))), 1u << type);
    m_type->setToolTip(tr("Show only one call type"));

    m_source = new QComboBox(this);
    m_source->addItem(tr("All sources"), quint64(0));
    for (EventSource source : { EventSource::Segment, EventSource::RudderStack, EventSource::Mixpanel,
             EventSource::Amplitude, EventSource::PostHog, EventSource::GoogleAnalytics4, EventSource::Heap,
             EventSource::Import, EventSource::Connector })
        m_source->addItem(eventSourceDisplayName(source), quint64(1) << quint32(source));
    m_source->setToolTip(tr("Show only events from one source"));

    const auto bit = [](ValidationState state) { return 1u << quint32(state); };
    m_validation = new QComboBox(this);
    m_validation->addItem(tr("Any validation"), 0u);
    m_validation->addItem(tr("Errors"), bit(ValidationState::Invalid));
    m_validation->addItem(tr("Errors or warnings"), bit(ValidationState::Invalid) | bit(ValidationState::Warning));
    m_validation->addItem(tr("Warnings only"), bit(ValidationState::Warning));
    m_validation->addItem(tr("Valid"), bit(ValidationState::Valid));
    m_validation->addItem(tr("Not checked"), bit(ValidationState::Unchecked));
    m_validation->setToolTip(tr("Show events by what the tracking plan check found"));

    m_name = makeSearchField(tr("Event or page name"), tr("Part of the event name (track) or page/screen name"), this);
    m_identity = makeSearchField(tr("User or anonymous ID"), tr("Part of the userId or the anonymousId"), this);
    m_text = makeSearchField(tr("Search in JSON…"), tr("Text anywhere in the event's JSON (Ctrl+F)"), this);

    m_timeRange = new QComboBox(this);
    m_timeRange->addItem(tr("Any time"), AnyTime);
    m_timeRange->addItem(tr("Last 15 minutes"), Last15Minutes);
    m_timeRange->addItem(tr("Last hour"), LastHour);
    m_timeRange->addItem(tr("Last 24 hours"), Last24Hours);
    m_timeRange->addItem(tr("Last 7 days"), Last7Days);
    m_timeRange->addItem(tr("Between…"), Custom);
    m_timeRange->setToolTip(tr("Event timestamps to show"));

    const QDateTime now = QDateTime::currentDateTime();
    m_from = new QDateTimeEdit(now.addSecs(-3600), this);
    m_to = new QDateTimeEdit(now.addSecs(3600), this);
    for (QDateTimeEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setVisible(false);
    }
    m_from->setToolTip(tr("From (inclusive, local time)"));
    m_to->setToolTip(tr("To (exclusive, local time)"));

    m_clear = new QToolButton(this);
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear all filters"));
    m_clear->setAutoRaise(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_type);
    layout->addWidget(m_source);
    layout->addWidget(m_validation);
    layout->addWidget(m_name, 2);
    layout->addWidget(m_identity, 2);
    layout->addWidget(m_text, 3);
    layout->addWidget(m_timeRange);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_clear);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] { Q_EMIT filterChanged(filter()); });
    for (QLineEdit* edit : { m_name, m_identity, m_text })
        connect(edit, &QLineEdit::textChanged, this, &FilterBar::scheduleChange);
    for (QComboBox* combo : { m_type, m_source, m_validation })
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::scheduleChange);
    connect(m_timeRange, &QComboBox::currentIndexChanged, this, &FilterBar::onTimeRangeChanged);
    for (QDateTimeEdit* edit : { m_from, m_to })
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &FilterBar::scheduleChange);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
}

void FilterBar::scheduleChange()
{
    m_debounce.start();
}

void FilterBar::onTimeRangeChanged(int index)
{
    const bool custom = m_timeRange->itemData(index).toInt() == Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    scheduleChange();
}

EventFilter FilterBar::filter() const
{
    EventFilter filter;
    filter.setTypes(m_type->currentData().toUInt());
    filter.setSources(m_source->currentData().toULongLong());
    filter.setValidationStates(m_validation->currentData().toUInt());
    filter.setName(m_name->text());
    filter.setIdentity(m_identity->text());
    filter.setText(m_text->text());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    constexpr qint64 minute = 60'000;
    switch (m_timeRange->currentData().toInt()) {
    case Last15Minutes:
        filter.setTimeRange(now - 15 * minute, std::nullopt);
        break;
    case LastHour:
        filter.setTimeRange(now - 60 * minute, std::nullopt);
        break;
    case Last24Hours:
        filter.setTimeRange(now - 24 * 60 * minute, std::nullopt);
        break;
    case Last7Days:
        filter.setTimeRange(now - 7 * 24 * 60 * minute, std::nullopt);
        break;
    case Custom:
        filter.setTimeRange(m_from->dateTime().toMSecsSinceEpoch(), m_to->dateTime().toMSecsSinceEpoch());
        break;
    default:
        break;
    }
    return filter;
}

void FilterBar::clear()
{
    const QSignalBlocker blockers[] = { QSignalBlocker(m_type), QSignalBlocker(m_source), QSignalBlocker(m_validation),
        QSignalBlocker(m_name),
        QSignalBlocker(m_identity), QSignalBlocker(m_text), QSignalBlocker(m_timeRange) };
    m_type->setCurrentIndex(0);
    m_source->setCurrentIndex(0);
    m_validation->setCurrentIndex(0);
    m_name->clear();
    m_identity->clear();
    m_text->clear();
    m_timeRange->setCurrentIndex(0);
    m_from->setVisible(false);
    m_to->setVisible(false);
    m_debounce.stop();
    Q_EMIT filterChanged(filter());
}

void FilterBar::setValidationStates(quint32 stateMask)
{
    const int index = m_validation->findData(stateMask);
    if (index >= 0)
        m_validation->setCurrentIndex(index);
}

void FilterBar::setName(const QString& name)
{
    m_name->setText(name);
}

void FilterBar::setIdentity(const QString& identity)
{
    m_identity->setText(identity);
}

void FilterBar::focusSearch()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

} // namespace Journey
