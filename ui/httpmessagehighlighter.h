// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "jsonhighlighter.h"

namespace Journey {

/*!
 * Colours HTTP messages as the composer and the delivery log show them: the request or status line, header
 * names, then the body as JSON. A line starting with "# " is a note between messages and starts a new one.
 */
class HttpMessageHighlighter : public JsonHighlighter
{
    Q_OBJECT
public:
    explicit HttpMessageHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;

private:
    enum State { StartLine = 0, Headers, Body };

    QTextCharFormat m_startLine;
    QTextCharFormat m_headerName;
    QTextCharFormat m_note;
};

} // namespace Journey
