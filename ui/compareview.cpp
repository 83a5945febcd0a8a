// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "compareview.h"

#include "analysis/funnelquery.h"
#include "capturediffmodel.h"
#include "comparejob.h"
#include "session.h"

#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Journey {

namespace {
QString percent(double fraction)
{
    return QString::number(fraction * 100, 'f', 1) + QLatin1Char('%');
}

QString signedText(double value, const QString& unit)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + QString::number(value, 'f', 1) + unit;
}

/// Why a finding of \a kind exists, with the threshold that applies.
QString explanation(CaptureDiffFinding::Kind kind, const CaptureDiffOptions& options)
{
    using Kind = CaptureDiffFinding::Kind;
    switch (kind) {
    case Kind::EventAdded:
        return CompareView::tr("The candidate sends an event the baseline does not.");
    case Kind::EventRemoved:
        return CompareView::tr("The baseline sends this event and the candidate does not: reports, funnels and "
                               "destinations built on it stop receiving data.");
    case Kind::PropertyAdded:
        return CompareView::tr("The candidate's events carry a property path the baseline's never did.");
    case Kind::PropertyRemoved:
        return CompareView::tr("The baseline's events carried this property path and none of the candidate's do.");
    case Kind::TypeChanged:
        return CompareView::tr("The set of JSON types seen for the property differs: destinations with a typed "
                               "schema may reject or mistype the values.");
    case Kind::RequiredCoverageDrop:
        return CompareView::tr("Every one of the baseline's events had this property; some of the candidate's do "
                               "not. Any drop counts, whatever the coverage threshold.");
    case Kind::CoverageDrop:
    case Kind::CoverageRise:
        return CompareView::tr("The share of the event's events that carry the property changed by more than the "
                               "coverage threshold of ±%1 points.")
            .arg(options.coveragePoints);
    case Kind::VolumeChange:
        return (options.normalizeVolume
                ? CompareView::tr("The event's share of all events changed by more than the volume threshold "
                                  "of ±%1% (relative change).")
                : CompareView::tr("The event's count changed by more than the volume threshold of ±%1% "
                                  "(relative change)."))
            .arg(options.volumePercent);
    case Kind::ConversionDrop:
    case Kind::ConversionRise:
        return CompareView::tr("The share of the previous step's users who reach this step changed by more than "
                               "the conversion threshold of ±%1 points.")
            .arg(options.conversionPoints);
    }
    return {};
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\">%1</td><td><b>%2</b></td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}
} // namespace

CompareView::CompareView(Session* session, AppSettings* settings, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings)
    , m_pathA(new QLineEdit(this))
    , m_pathB(new QLineEdit(this))
    , m_compareButton(new QPushButton(tr("&Compare"), this))
    , m_volume(new QDoubleSpinBox(this))
    , m_coverage(new QDoubleSpinBox(this))
    , m_conversion(new QDoubleSpinBox(this))
    , m_normalize(new QCheckBox(tr("Normalise by all events"), this))
    , m_funnel(new QLineEdit(this))
    , m_window(new QLineEdit(QStringLiteral("7d"), this))
    , m_summary(new QLabel(this))
    , m_exportButton(new QToolButton(this))
    , m_showUnchanged(new QCheckBox(tr("Show unchanged events"), this))
    , m_tree(new QTreeView(this))
    , m_detail(new QTextBrowser(this))
    , m_model(new CaptureDiffModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);

    auto* files = new QGridLayout;
    const auto addFileRow = [this, files](int rowIndex, const QString& label, QLineEdit* edit, const QString& title) {
        auto* caption = new QLabel(label, this);
        caption->setBuddy(edit);
        edit->setClearButtonEnabled(true);
        edit->setPlaceholderText(tr("A capture file or canonical NDJSON (.ndjson, .gz)"));
        auto* browse = new QPushButton(tr("Browse…"), this);
        connect(browse, &QPushButton::clicked, this, [this, edit, title] { chooseFile(edit, title); });
        connect(edit, &QLineEdit::returnPressed, this, &CompareView::runComparison);
        files->addWidget(caption, rowIndex, 0);
        files->addWidget(edit, rowIndex, 1);
        files->addWidget(browse, rowIndex, 2);
    };
    addFileRow(0, tr("&Baseline (A):"), m_pathA, tr("Baseline capture"));
    addFileRow(1, tr("Ca&ndidate (B):"), m_pathB, tr("Candidate capture"));
    m_pathA->setObjectName(QStringLiteral("baseline"));
    m_pathB->setObjectName(QStringLiteral("candidate"));
    auto* swap = new QPushButton(tr("Swap"), this);
    swap->setToolTip(tr("Make the candidate the baseline and the baseline the candidate"));
    connect(swap, &QPushButton::clicked, this, [this] {
        const QString a = m_pathA->text();
        m_pathA->setText(m_pathB->text());
        m_pathB->setText(a);
    });
    m_compareButton->setDefault(true);
    m_compareButton->setToolTip(tr("Compare what the candidate sends with the baseline"));
    connect(m_compareButton, &QPushButton::clicked, this, &CompareView::runComparison);
    files->addWidget(swap, 0, 3);
    files->addWidget(m_compareButton, 1, 3);
    files->setColumnStretch(1, 1);
    layout->addLayout(files);

    auto* thresholds = new QHBoxLayout;
    const auto addSpin = [this, thresholds](const QString& label, QDoubleSpinBox* spin, double value, double maximum,
                             const QString& suffix, const QString& tip) {
        auto* caption = new QLabel(label, this);
        caption->setBuddy(spin);
        spin->setRange(0, maximum);
        spin->setDecimals(1);
        spin->setValue(value);
        spin->setSuffix(suffix);
        spin->setToolTip(tip);
        caption->setToolTip(tip);
        thresholds->addWidget(caption);
        thresholds->addWidget(spin);
        thresholds->addSpacing(8);
    };
    const CaptureDiffOptions defaults;
    addSpin(tr("&Volume ±"), m_volume, defaults.volumePercent, 10000, QStringLiteral(" %"),
        tr("An event's count may change by this many percent before it counts as drift"));
    addSpin(tr("C&overage ±"), m_coverage, defaults.coveragePoints, 100, tr(" pts"),
        tr("A property's share of its event's events may change by this many percentage points"));
    addSpin(tr("Con&version ±"), m_conversion, defaults.conversionPoints, 100, tr(" pts"),
        tr("A funnel step's conversion from the previous step may change by this many percentage points"));
    m_normalize->setToolTip(
        tr("Compare each event's share of all events instead of its count (captures of different lengths)"));
    thresholds->addWidget(m_normalize);
    thresholds->addSpacing(16);
    auto* funnelLabel = new QLabel(tr("&Funnel:"), this);
    funnelLabel->setBuddy(m_funnel);
    m_funnel->setPlaceholderText(tr("optional: Product Viewed>Product Added>Order Completed"));
    m_funnel->setToolTip(tr("Steps separated by '>', conditions in brackets: Order Completed[plan=pro]"));
    m_funnel->setClearButtonEnabled(true);
    connect(m_funnel, &QLineEdit::returnPressed, this, &CompareView::runComparison);
    auto* windowLabel = new QLabel(tr("&Window:"), this);
    windowLabel->setBuddy(m_window);
    m_window->setMaximumWidth(70);
    m_window->setToolTip(tr("The funnel's conversion window: 90s, 30m, 12h, 7d, 2w"));
    thresholds->addWidget(funnelLabel);
    thresholds->addWidget(m_funnel, 1);
    thresholds->addWidget(windowLabel);
    thresholds->addWidget(m_window);
    layout->addLayout(thresholds);

    auto* bannerRow = new QHBoxLayout;
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setMinimumHeight(40);
    bannerRow->addWidget(m_summary, 1);
    m_showUnchanged->setChecked(true);
    connect(m_showUnchanged, &QCheckBox::toggled, m_model, &CaptureDiffModel::setShowUnchanged);
    connect(m_showUnchanged, &QCheckBox::toggled, this, [this] { m_tree->expandAll(); });
    bannerRow->addWidget(m_showUnchanged);
    m_exportButton->setText(tr("&Export report"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(tr("Text report…"), this, [this] { chooseExport(CaptureDiffReportWriter::Format::Text); });
    exportMenu->addAction(tr("JSON report…"), this, [this] { chooseExport(CaptureDiffReportWriter::Format::Json); });
    exportMenu->addAction(
        tr("JUnit XML for CI…"), this, [this] { chooseExport(CaptureDiffReportWriter::Format::Junit); });
    m_exportButton->setMenu(exportMenu);
    m_exportButton->setEnabled(false);
    bannerRow->addWidget(m_exportButton);
    layout->addLayout(bannerRow);

    m_tree->setModel(m_model);
    m_tree->setObjectName(QStringLiteral("compareFindings"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CaptureDiffModel::NameColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(CaptureDiffModel::KindColumn, 190);
    m_tree->setColumnWidth(CaptureDiffModel::BeforeColumn, 120);
    m_tree->setColumnWidth(CaptureDiffModel::AfterColumn, 120);
    m_tree->setColumnWidth(CaptureDiffModel::ChangeColumn, 90);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CompareView::onSelectionChanged);
    m_detail->setObjectName(QStringLiteral("compareDetail"));
    m_detail->setOpenLinks(false);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    showBanner(tr("Choose a baseline capture (A) and a candidate (B), then <b>Compare</b>: events and properties "
                  "added or removed, type changes, coverage and volume changes, and a funnel's conversion."),
        QStringLiteral("idle"));
    m_detail->setPlaceholderText(tr("Select an event or a finding to see it in detail."));
}

CompareView::~CompareView() = default;

bool CompareView::isComparing() const
{
    return !m_job.isNull();
}

QString CompareView::defaultFolder() const
{
    const QDir captures = QFileInfo(m_session->storePath()).absoluteDir().filePath(QStringLiteral("captures"));
    return captures.exists() ? captures.path() : QDir::homePath();
}

void CompareView::chooseFile(QLineEdit* edit, const QString& title)
{
    const QString start = edit->text().isEmpty() ? defaultFolder() : QFileInfo(edit->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, title, start, tr("Captures and NDJSON (*.ndjson *.jsonl *.json *.gz);;All files (*)"));
    if (!path.isEmpty())
        edit->setText(path);
}

void CompareView::compare(const QString& pathA, const QString& pathB)
{
    m_pathA->setText(pathA);
    m_pathB->setText(pathB);
    runComparison();
}

void CompareView::runComparison()
{
    const QString pathA = m_pathA->text().trimmed();
    const QString pathB = m_pathB->text().trimmed();
    const auto refuse = [this](const QString& message) {
        showBanner(message.toHtmlEscaped(), QStringLiteral("error"));
        Q_EMIT comparisonFinished(false, message);
    };
    if (pathA.isEmpty() || pathB.isEmpty()) {
        refuse(tr("Choose both captures: the baseline (A) and the candidate (B)."));
        return;
    }
    CaptureDiffOptions options;
    options.volumePercent = m_volume->value();
    options.coveragePoints = m_coverage->value();
    options.conversionPoints = m_conversion->value();
    options.normalizeVolume = m_normalize->isChecked();
    QString error;
    if (!m_funnel->text().trimmed().isEmpty()) {
        if (!options.setFunnel(m_funnel->text(), &error)) {
            refuse(tr("Funnel: %1").arg(error));
            return;
        }
        if (!FunnelQuery::parseDuration(m_window->text().trimmed(), options.funnelWindowMs, &error)) {
            refuse(tr("Window: %1").arg(error));
            return;
        }
    }
    if (!options.check(&error)) {
        refuse(error);
        return;
    }

    // Latest wins: an earlier comparison still running is cancelled and its answer dropped.
    if (m_job) {
        CompareJob* old = m_job;
        old->cancel();
        disconnect(old, nullptr, this, nullptr);
        connect(old, &CompareJob::diffFinished, old, &QObject::deleteLater);
    }
    m_job = new CompareJob(this);
    connect(m_job, &CompareJob::diffFinished, this, &CompareView::onDiffFinished);
    showBanner(tr("Comparing %1 with %2…")
                   .arg(QFileInfo(pathB).fileName().toHtmlEscaped(), QFileInfo(pathA).fileName().toHtmlEscaped()),
        QStringLiteral("busy"));
    m_job->startDiff(pathA, pathB, options);
}

void CompareView::onDiffFinished(bool ok, std::shared_ptr<const CaptureDiff> diff, const QString& error)
{
    if (m_job) {
        m_job->deleteLater();
        m_job = nullptr;
    }
    if (!ok) {
        showBanner(tr("The comparison failed: %1").arg(error.toHtmlEscaped()), QStringLiteral("error"));
        Q_EMIT comparisonFinished(false, error);
        return;
    }
    m_diff = std::move(diff);
    m_model->setDiff(m_diff);
    m_tree->expandAll();
    m_exportButton->setEnabled(true);
    m_detail->clear();
    updateSummary();
    // The first failing finding, else the first row, is shown in detail.
    QModelIndex first = m_model->index(0, 0);
    if (first.isValid() && m_model->rowCount(first) > 0)
        first = m_model->index(0, 0, first);
    if (first.isValid())
        m_tree->setCurrentIndex(first);
    Q_EMIT comparisonFinished(true, m_summary->text());
}

void CompareView::showBanner(const QString& html, const QString& state)
{
    QString background = QStringLiteral("palette(alternate-base)");
    QString border = QStringLiteral("palette(mid)");
    if (state == QLatin1String("drift") || state == QLatin1String("error")) {
        background = QStringLiteral("rgba(198, 40, 40, 28)");
        border = QStringLiteral("#c62828");
    } else if (state == QLatin1String("clean")) {
        background = QStringLiteral("rgba(46, 125, 50, 28)");
        border = QStringLiteral("#2e7d32");
    }
    m_summary->setStyleSheet(QStringLiteral("QLabel#compareSummary { background: %1; border: 1px solid %2; "
                                            "border-radius: 4px; padding: 6px 10px; }")
                                 .arg(background, border));
    m_summary->setProperty("state", state);
    m_summary->setText(html);
}

void CompareView::updateSummary()
{
    if (!m_diff)
        return;
    const CaptureDiff& diff = *m_diff;
    QStringList kinds;
    const QMap<CaptureDiffFinding::Kind, int> counts = diff.countsByKind();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const bool fails = diff.options.fails(it.key());
        kinds.append(
            QStringLiteral("<span style=\"color:%1\">%2 %3</span>")
                .arg(CaptureDiffModel::colorOf(fails ? CaptureDiffModel::State::Error : CaptureDiffModel::State::Info)
                         .name(),
                    CaptureDiffFinding::kindTitle(it.key()).toHtmlEscaped())
                .arg(it.value()));
    }
    const QString headline = diff.hasDrift()
        ? tr("<b style=\"color:#c62828\">Drift</b>: %n error(s)", nullptr, diff.errorCount())
        : tr("<b style=\"color:#2e7d32\">No drift</b> beyond the thresholds");
    const auto sideName = [](const CaptureDiff::Side& side) {
        return (side.name.isEmpty() ? QFileInfo(side.source).fileName() : side.name).toHtmlEscaped();
    };
    QString text = headline + QStringLiteral(", ") + tr("%n info", nullptr, diff.infoCount()) + QStringLiteral(" — ")
        + tr("%1 (%2 events) → %3 (%4 events)")
              .arg(sideName(diff.baseline), QLocale().toString(diff.baseline.events), sideName(diff.candidate),
                  QLocale().toString(diff.candidate.events));
    if (!kinds.isEmpty())
        text += QStringLiteral("<br>") + kinds.join(QStringLiteral(" · "));
    for (const QString& note : diff.notes)
        text += QStringLiteral("<br><i>") + note.toHtmlEscaped() + QStringLiteral("</i>");
    showBanner(text, diff.hasDrift() ? QStringLiteral("drift") : QStringLiteral("clean"));
}

void CompareView::onSelectionChanged()
{
    const QModelIndex index = m_tree->currentIndex();
    if (!m_diff || !index.isValid()) {
        m_detail->clear();
        return;
    }
    const CaptureDiff& diff = *m_diff;
    QString html;
    if (const CaptureDiffFinding* finding = m_model->findingAt(index)) {
        const QColor color = CaptureDiffModel::colorOf(
            finding->isError() ? CaptureDiffModel::State::Error : CaptureDiffModel::State::Info);
        html += QStringLiteral("<h3 style=\"color:%1\">%2 · %3</h3>")
                    .arg(color.name(), CaptureDiffFinding::kindTitle(finding->kind).toHtmlEscaped(),
                        finding->isError() ? tr("fails the diff") : tr("information"));
        html += QStringLiteral("<p><b>%1</b> (%2)</p>")
                    .arg(finding->event.toHtmlEscaped(), finding->type.toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(finding->message().toHtmlEscaped());
        html += QStringLiteral("<table>");
        if (!finding->property.isEmpty())
            html += row(tr("Property"), finding->property);
        if (finding->step > 0)
            html += row(tr("Funnel step"), QString::number(finding->step));
        html += row(tr("Baseline (A)"), finding->valueText(finding->before));
        html += row(tr("Candidate (B)"), finding->valueText(finding->after));
        if (finding->unit == CaptureDiffFinding::Unit::Percent)
            html += row(tr("Change"), signedText(finding->change, QStringLiteral("%")));
        else if (finding->unit == CaptureDiffFinding::Unit::Points)
            html += row(tr("Change"), signedText(finding->change, tr(" points")));
        if (finding->nested > 0)
            html += row(tr("Nested paths"), QString::number(finding->nested));
        html += QStringLiteral("</table>");
        html += QStringLiteral("<p>%1</p>").arg(explanation(finding->kind, diff.options).toHtmlEscaped());
        html += QStringLiteral("<p style=\"color:gray\">%1</p>")
                    .arg((finding->isError() ? tr("Kind %1 fails the diff: journeyctl diff exits 1.")
                                             : tr("Kind %1 is reported without failing the diff."))
                             .arg(CaptureDiffFinding::kindName(finding->kind))
                             .toHtmlEscaped());
    } else if (const CaptureDiff::EventRow* event = m_model->eventAt(index)) {
        const QList<CaptureDiffFinding> findings = diff.findingsOf(event->event);
        html += QStringLiteral("<h3>%1</h3><p>%2</p><table>")
                    .arg(event->event.toHtmlEscaped(), tr("%1 call").arg(event->type).toHtmlEscaped());
        html += row(tr("Baseline (A)"), tr("%n event(s)", nullptr, int(event->before)));
        html += row(tr("Candidate (B)"), tr("%n event(s)", nullptr, int(event->after)));
        if (event->change)
            html += row(diff.options.normalizeVolume ? tr("Change of its share") : tr("Change"),
                signedText(*event->change, QStringLiteral("%")));
        html += row(tr("Property paths"), QString::number(event->properties));
        html += row(tr("Findings"), QString::number(findings.size()));
        html += QStringLiteral("</table>");
        if (!findings.isEmpty()) {
            html += QStringLiteral("<ul>");
            for (const CaptureDiffFinding& finding : findings)
                html += QStringLiteral("<li style=\"color:%1\">%2</li>")
                            .arg(CaptureDiffModel::colorOf(
                                     finding.isError() ? CaptureDiffModel::State::Error : CaptureDiffModel::State::Info)
                                     .name(),
                                finding.message().toHtmlEscaped());
            html += QStringLiteral("</ul>");
        }
    } else if (const CaptureDiff::FunnelStep* step = m_model->stepAt(index)) {
        html += QStringLiteral("<h3>%1</h3><p>%2</p><table>")
                    .arg(tr("Funnel step %1: %2").arg(step->step).arg(step->event).toHtmlEscaped(),
                        tr("%1, %2 window").arg(diff.options.funnelText(), m_window->text()).toHtmlEscaped());
        html += row(tr("Users in A"), QString::number(step->usersBefore));
        html += row(tr("Users in B"), QString::number(step->usersAfter));
        if (step->step > 1) {
            html += row(tr("From the previous step"),
                tr("%1 → %2").arg(percent(step->conversionBefore), percent(step->conversionAfter)));
            html += row(tr("From the first step"),
                tr("%1 → %2").arg(percent(step->fromFirstBefore), percent(step->fromFirstAfter)));
        }
        html += QStringLiteral("</table>");
    }
    m_detail->setHtml(html);
}

void CompareView::chooseExport(CaptureDiffReportWriter::Format format)
{
    if (!m_diff)
        return;
    const QString suffix = format == CaptureDiffReportWriter::Format::Json ? QStringLiteral("json")
        : format == CaptureDiffReportWriter::Format::Junit                 ? QStringLiteral("xml")
                                                                           : QStringLiteral("txt");
    const QString folder = m_lastExportFolder.isEmpty() ? defaultFolder() : m_lastExportFolder;
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export the comparison"),
        QDir(folder).filePath(QStringLiteral("capture-diff.") + suffix),
        tr("%1 files (*.%2);;All files (*)").arg(suffix.toUpper(), suffix));
    if (fileName.isEmpty())
        return;
    m_lastExportFolder = QFileInfo(fileName).absolutePath();
    exportReport(format, fileName);
}

void CompareView::exportReport(CaptureDiffReportWriter::Format format, const QString& fileName)
{
    if (!m_diff) {
        Q_EMIT exported(false, fileName, tr("nothing to export: compare two captures first"));
        return;
    }
    auto* job = new CompareJob(this);
    connect(job, &CompareJob::exportFinished, this, [this, job](bool ok, const QString& name, const QString& error) {
        job->deleteLater();
        Q_EMIT exported(ok, name, error);
    });
    job->startExport(m_diff, format, fileName);
}

} // namespace Journey
