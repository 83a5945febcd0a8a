// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "planeditordialog.h"

#include "jsonedit.h"
#include "validation/planvalidator.h"
#include "validation/trackingplan.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Journey {

PlanEditorDialog::PlanEditorDialog(const QByteArray& planJson, const QString& summary, QWidget* parent)
    : QDialog(parent)
    , m_edit(new JsonEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Tracking plan"));
    auto* intro = new QLabel(summary, this);
    intro->setWordWrap(true);
    m_edit->setText(QString::fromUtf8(planJson));
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save and use…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanEditorDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 640);
}

QByteArray PlanEditorDialog::planJson() const
{
    return m_edit->text().toUtf8();
}

void PlanEditorDialog::accept()
{
    TrackingPlan plan;
    PlanValidator validator;
    QString error;
    if (!TrackingPlan::parse(planJson(), tr("the plan"), plan, &error) || !validator.load(plan, &error)) {
        m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_status->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace Journey
