// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;

namespace Journey {

class JsonEdit;

/*!
 * Edits a tracking plan as JSON before it is saved: the inferred plan is a start, not the truth. Accepting checks
 * the text the way the app reads plans (file format and every schema compiled), so only a usable plan leaves.
 */
class PlanEditorDialog : public QDialog
{
    Q_OBJECT
public:
    PlanEditorDialog(const QByteArray& planJson, const QString& summary, QWidget* parent = nullptr);

    /// The edited plan, indented JSON (valid once accepted).
    QByteArray planJson() const;

    void accept() override;

private:
    JsonEdit* m_edit;
    QLabel* m_status;
};

} // namespace Journey
