// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

namespace Journey {

/// One way a JSON value fails a JSON Schema (see JsonSchemaValidator::validate()).
struct SchemaViolation
{
    QString pointer; ///< JSON pointer of the failing value ("/products/0/price"); "" for the value itself
    QString keyword; ///< the schema keyword that failed ("type", "required", "enum", "minimum", …)
    QString message; ///< readable English

    friend bool operator==(const SchemaViolation&, const SchemaViolation&) = default;
};

} // namespace Journey

Q_DECLARE_TYPEINFO(Journey::SchemaViolation, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Journey::SchemaViolation)
