// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "replay/replayplan.h"
#include "replay/replayresult.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace Journey {

class Capture;
class NoticeBanner;
class ReplayRequestModel;
class ReplayService;
class Session;

/*!
 * Replays a capture: the target (a configured provider through the session's connector, the local collector,
 * or a URL), the speed (1×, 2×, 10×, as fast as possible, or a factor), timestamps kept or shifted to end now,
 * new dedup ids, a user id suffix. "Preview" lists every request a replay would send without sending (URLs and
 * bodies with secrets masked); "Replay" sends them with a progress bar, Pause/Resume and Cancel, and shows each
 * request's outcome. Planning and sending run on a ReplayService thread: the UI thread does no I/O.
 */
class ReplayDialog : public QDialog
{
    Q_OBJECT
public:
    ReplayDialog(std::shared_ptr<const Capture> capture, Session* session, QWidget* parent = nullptr);
    ~ReplayDialog() override;

    /// The service replays run on (tests give it a clock).
    ReplayService* service() const { return m_service.get(); }
    ReplayRequestModel* model() const { return m_model; }

    /// Chooses the target: a provider id, "collector", or a URL.
    void setTarget(const QString& target);
    /// "1", "2", "10", "max" or another factor.
    void setSpeed(const QString& speed);
    void setShiftTimestamps(bool shift);
    void setRegenerateIds(bool regenerate);
    void setUserSuffix(const QString& suffix);

    /// Starts a dry run (as the Preview button does).
    void preview();
    /// Starts the replay (as the Replay button does).
    void replay();
    /// Whether a dry run or a replay is in progress.
    bool isRunning() const;

Q_SIGNALS:
    /// A dry run or a replay ended (\a cancelled: by Cancel).
    void replayFinished(bool cancelled);

protected:
    void reject() override;

private:
    void start(bool dryRun);
    void onPlanned(const Journey::ReplayPlanPtr& plan);
    void onProgressed(const Journey::ReplayProgress& progress);
    void onResults(const QList<Journey::ReplayResult>& results);
    void onFinished(bool cancelled, const QString& error);
    void onPauseClicked();
    void updateControls();
    void showDetails();
    QString describeCapture() const;

    std::shared_ptr<const Capture> m_capture;
    Session* m_session;
    std::unique_ptr<ReplayService> m_service;
    ReplayRequestModel* m_model;

    NoticeBanner* m_banner;
    QComboBox* m_target;
    QLineEdit* m_url;
    QComboBox* m_speed;
    QDoubleSpinBox* m_customSpeed;
    QComboBox* m_timestamps;
    QCheckBox* m_regenerateIds;
    QLineEdit* m_userSuffix;
    QPushButton* m_previewButton;
    QPushButton* m_replayButton;
    QPushButton* m_pauseButton;
    QPushButton* m_cancelButton;
    QPushButton* m_closeButton;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTreeView* m_requests;
    QPlainTextEdit* m_details;

    bool m_running = false;
    bool m_dryRun = false;
    int m_delivered = 0;
    int m_failed = 0;
    int m_notSent = 0;
    ReplayProgress m_lastProgress;
};

} // namespace Journey
