// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "httpmessagehighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace Journey {

HttpMessageHighlighter::HttpMessageHighlighter(QTextDocument* document)
    : JsonHighlighter(document)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    m_startLine.setFontWeight(QFont::Bold);
    m_headerName.setForeground(dark ? QColor(0xc5, 0x86, 0xc0) : QColor(0x80, 0x30, 0x90));
    m_note.setForeground(QGuiApplication::palette().color(QPalette::PlaceholderText));
    m_note.setFontItalic(true);
}

void HttpMessageHighlighter::highlightBlock(const QString& text)
{
    const int previous = previousBlockState();
    const State state = previous < 0 ? StartLine : State(previous);
    if (text.startsWith(QLatin1String("# "))) {
        setFormat(0, int(text.size()), m_note);
        setCurrentBlockState(StartLine);
        return;
    }
    switch (state) {
    case StartLine:
        if (text.trimmed().isEmpty()) {
            setCurrentBlockState(StartLine);
            return;
        }
        setFormat(0, int(text.size()), m_startLine);
        setCurrentBlockState(Headers);
        return;
    case Headers: {
        if (text.trimmed().isEmpty()) {
            setCurrentBlockState(Body);
            return;
        }
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (colon > 0)
            setFormat(0, int(colon), m_headerName);
        setCurrentBlockState(Headers);
        return;
    }
    case Body:
        JsonHighlighter::highlightBlock(text);
        setCurrentBlockState(Body);
        return;
    }
}

} // namespace Journey
