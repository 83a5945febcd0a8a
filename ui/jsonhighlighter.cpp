// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "jsonhighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace Journey {

JsonHighlighter::JsonHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    updateFormats();
}

void JsonHighlighter::updateFormats()
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    m_key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x00, 0x45, 0x8b));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    m_number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    m_literal.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff));
}

void JsonHighlighter::highlightBlock(const QString& text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = text[i];
        if (c == QLatin1Char('"')) {
            qsizetype end = i + 1;
            while (end < n && text[end] != QLatin1Char('"'))
                end += text[end] == QLatin1Char('\\') ? 2 : 1;
            end = std::min(end + 1, n);
            // A string followed by ':' is a key.
            qsizetype next = end;
            while (next < n && text[next].isSpace())
                ++next;
            const bool isKey = next < n && text[next] == QLatin1Char(':');
            setFormat(int(i), int(end - i), isKey ? m_key : m_string);
            i = end;
        } else if (c == QLatin1Char('-') || c.isDigit()) {
            qsizetype end = i + 1;
            while (end < n && (text[end].isDigit() || QStringView(u".eE+-").contains(text[end])))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < n && text[end].isLetter())
                ++end;
            setFormat(int(i), int(end - i), m_literal);
            i = end;
        } else {
            ++i;
        }
    }
}

} // namespace Journey
