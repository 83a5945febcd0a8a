// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "captureprofile.h"

#include <iterator>

namespace Journey {

namespace {
struct TypeName
{
    CaptureProfile::JsonType type;
    const char* name;
};
constexpr TypeName typeNameTable[] = {
    { CaptureProfile::NullType, "null" },
    { CaptureProfile::BooleanType, "boolean" },
    { CaptureProfile::NumberType, "number" },
    { CaptureProfile::StringType, "string" },
    { CaptureProfile::ObjectType, "object" },
    { CaptureProfile::ArrayType, "array" },
};
} // namespace

double CaptureProfile::Event::coverage(const QString& path) const
{
    const auto found = properties.constFind(path);
    if (found == properties.constEnd() || count <= 0)
        return 0;
    return double(found->events) / double(count);
}

const CaptureProfile::Event* CaptureProfile::event(const QString& key) const
{
    const auto found = events.constFind(key);
    return found == events.constEnd() ? nullptr : &found.value();
}

QStringList CaptureProfile::typeNames(quint8 types)
{
    QStringList names;
    for (const TypeName& entry : typeNameTable) {
        if (types & entry.type)
            names.append(QLatin1String(entry.name));
    }
    return names;
}

std::optional<CaptureProfile::JsonType> CaptureProfile::typeFromName(QStringView name)
{
    for (const TypeName& entry : typeNameTable) {
        if (name == QLatin1String(entry.name))
            return entry.type;
    }
    return std::nullopt;
}

QString CaptureProfile::typeName(EventType type)
{
    return QString::fromLatin1(eventTypeName(type));
}

} // namespace Journey
