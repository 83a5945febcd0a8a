// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "capture/capturediff.h"
#include "capture/capturediffreportwriter.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QToolButton;
class QTreeView;

namespace Journey {

class AppSettings;
class CaptureDiffModel;
class CompareJob;
class Session;

/*!
 * The Compare page: what a candidate capture (B) sends compared with a baseline (A), as `journeyctl diff` reports
 * it. Choose the two files (capture files or canonical NDJSON), the thresholds and, optionally, a funnel; the
 * diff runs on a CompareJob thread. Shows a banner (drift or not, counts by kind), the findings grouped by event
 * and coloured by severity, the selected one in detail, and exports the report as text, JSON or JUnit.
 */
class CompareView : public QWidget
{
    Q_OBJECT
public:
    CompareView(Session* session, AppSettings* settings, QWidget* parent = nullptr);
    ~CompareView() override;

    CaptureDiffModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    QLabel* summaryLabel() const { return m_summary; }
    QTextBrowser* detail() const { return m_detail; }
    QLineEdit* baselineEdit() const { return m_pathA; }
    QLineEdit* candidateEdit() const { return m_pathB; }
    QLineEdit* funnelEdit() const { return m_funnel; }
    QLineEdit* windowEdit() const { return m_window; }
    QDoubleSpinBox* volumeThreshold() const { return m_volume; }
    QDoubleSpinBox* coverageThreshold() const { return m_coverage; }
    QDoubleSpinBox* conversionThreshold() const { return m_conversion; }
    QCheckBox* normalizeCheck() const { return m_normalize; }
    std::shared_ptr<const CaptureDiff> currentDiff() const { return m_diff; }
    bool isComparing() const;

public Q_SLOTS:
    /// Compares \a pathA (the baseline) with \a pathB (the candidate) with the thresholds on the page.
    void compare(const QString& pathA, const QString& pathB);
    /// Compares the files named on the page.
    void runComparison();
    /// Writes the current diff's report to \a fileName on a worker thread.
    void exportReport(Journey::CaptureDiffReportWriter::Format format, const QString& fileName);

Q_SIGNALS:
    /// A comparison finished: \a message is the banner's text, or what went wrong.
    void comparisonFinished(bool ok, const QString& message);
    void exported(bool ok, const QString& fileName, const QString& error);

private:
    void chooseFile(QLineEdit* edit, const QString& title);
    void chooseExport(CaptureDiffReportWriter::Format format);
    void onDiffFinished(bool ok, std::shared_ptr<const CaptureDiff> diff, const QString& error);
    void onSelectionChanged();
    void showBanner(const QString& html, const QString& state);
    void updateSummary();
    QString defaultFolder() const;

    Session* m_session;
    AppSettings* m_settings;
    QLineEdit* m_pathA;
    QLineEdit* m_pathB;
    QPushButton* m_compareButton;
    QDoubleSpinBox* m_volume;
    QDoubleSpinBox* m_coverage;
    QDoubleSpinBox* m_conversion;
    QCheckBox* m_normalize;
    QLineEdit* m_funnel;
    QLineEdit* m_window;
    QLabel* m_summary;
    QToolButton* m_exportButton;
    QCheckBox* m_showUnchanged;
    QTreeView* m_tree;
    QTextBrowser* m_detail;
    CaptureDiffModel* m_model;
    QPointer<CompareJob> m_job;
    std::shared_ptr<const CaptureDiff> m_diff;
    QString m_lastExportFolder;
};

} // namespace Journey
