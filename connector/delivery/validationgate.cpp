// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "validationgate.h"

#include "validation/validationreportwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace Journey {

namespace {

// A reason names this many violations at most; the rest are counted (a row's reason is read in a list).
constexpr qsizetype maxListed = 10;

/// "a; b; … and 3 more" of the described \a violations.
QString listed(const QList<const PlanViolation*>& violations, bool withSeverity)
{
    QStringList parts;
    for (qsizetype i = 0; i < violations.size() && i < maxListed; ++i) {
        QString text = ValidationReportWriter::describe(*violations[i]);
        // A reason that only lists errors needs no "error: " in front of each.
        const QString severity = PlanViolation::severityName(violations[i]->severity) + QStringLiteral(": ");
        if (!withSeverity && text.startsWith(severity))
            text.remove(0, severity.size());
        parts.append(text);
    }
    QString text = parts.join(QLatin1String("; "));
    if (violations.size() > maxListed)
        text += QLatin1Char(' ') + ValidationGate::tr("… and %n more", nullptr, int(violations.size() - maxListed));
    return text;
}

/// The JSON pointer \a pointer as unescaped reference tokens; empty when it is not one.
QStringList pointerTokens(const QString& pointer)
{
    if (!pointer.startsWith(QLatin1Char('/')))
        return {};
    QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
    for (QString& token : tokens) // RFC 6901: ~1 first, so that "~01" becomes "~1"
        token.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
    return tokens;
}

/// Removes what \a tokens (from \a at on) point at inside \a value; false when nothing is there.
bool removeAt(QJsonValue& value, const QStringList& tokens, qsizetype at)
{
    const QString& token = tokens[at];
    const bool last = at + 1 == tokens.size();
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        const auto it = object.find(token);
        if (it == object.end())
            return false;
        if (last) {
            object.erase(it);
        } else {
            QJsonValue child = it.value();
            if (!removeAt(child, tokens, at + 1))
                return false;
            object.insert(token, child);
        }
        value = object;
        return true;
    }
    // Inside arrays only to reach an object's member: removing an element is not omitting a property.
    if (value.isArray() && !last) {
        bool ok = false;
        const qsizetype index = token.toLongLong(&ok);
        QJsonArray array = value.toArray();
        if (!ok || index < 0 || index >= array.size())
            return false;
        QJsonValue child = array.at(index);
        if (!removeAt(child, tokens, at + 1))
            return false;
        array.replace(index, child);
        value = array;
        return true;
    }
    return false;
}

} // namespace

bool ValidationGate::needsValidation(const EventValidator* validator, ValidationMode mode)
{
    return validator && validator->isActive() && (mode != ValidationMode::Allow || validator->plan());
}

bool ValidationGate::concerns(const PlanViolation& violation, const QString& provider)
{
    return violation.kind != PlanViolation::Kind::ProviderLint || violation.provider.isEmpty()
        || violation.provider == provider;
}

QJsonObject ValidationGate::withoutUnplanned(
    const QJsonObject& message, const QList<PlanViolation>& violations, QStringList* removed)
{
    QJsonValue result = message;
    for (const PlanViolation& violation : violations) {
        if (violation.kind != PlanViolation::Kind::UnplannedProperty)
            continue;
        const QStringList tokens = pointerTokens(violation.pointer);
        if (tokens.size() < 2
            || (tokens.first() != QLatin1String("properties") && tokens.first() != QLatin1String("traits")))
            continue;
        if (removeAt(result, tokens, 0) && removed)
            removed->append(violation.pointer);
    }
    return result.toObject();
}

ValidationGate::Verdict ValidationGate::judge(
    ValidationMode mode, const QString& provider, const QList<PlanViolation>& violations, const QJsonObject& message)
{
    Verdict verdict;
    QList<const PlanViolation*> relevant;
    QList<const PlanViolation*> errors;
    for (const PlanViolation& violation : violations) {
        if (!concerns(violation, provider))
            continue;
        relevant.append(&violation);
        if (violation.severity == PlanViolation::Severity::Error)
            errors.append(&violation);
    }
    if (relevant.isEmpty())
        return verdict;

    if (mode == ValidationMode::Block && !errors.isEmpty()) {
        verdict.blocked = true;
        verdict.reason = tr("blocked by the tracking plan: %1").arg(listed(errors, false));
        return verdict;
    }

    QStringList notes;
    if (mode == ValidationMode::OmitUnplannedProperties) {
        QStringList removed;
        const QJsonObject stripped = withoutUnplanned(message, violations, &removed);
        if (!removed.isEmpty()) {
            verdict.message = QJsonDocument(stripped).toJson(QJsonDocument::Compact);
            notes.append(tr("unplanned properties left out (validation: omit-unplanned-properties): %1")
                             .arg(removed.join(QLatin1String(", "))));
            // What was left out is no longer wrong with what is sent.
            relevant.removeIf([&removed](const PlanViolation* violation) {
                return violation->kind == PlanViolation::Kind::UnplannedProperty
                    && removed.contains(violation->pointer);
            });
        }
    }
    if (!relevant.isEmpty())
        notes.append(tr("tracking plan: %1").arg(listed(relevant, true)));
    verdict.reason = notes.join(QLatin1String("; "));
    return verdict;
}

} // namespace Journey
