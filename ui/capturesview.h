// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "capture/capture.h"
#include "capture/storecapturebuilder.h"
#include "store/eventfilter.h"
#include "store/ingestbatch.h"

#include <QWidget>

#include <memory>

class QFileSystemModel;
class QLabel;
class QListView;
class QPushButton;
class QSplitter;
class QTableView;

namespace Journey {

class AppSettings;
class CaptureEventModel;
class CaptureTask;
class EventInspector;
class Session;

/*!
 * The Captures page: records what the collector receives into a capture file, lists the capture files of the
 * captures folder (beside the store), opens one (its events, each with the request it came in), imports
 * capture files, canonical NDJSON and HAR files, saves a copy elsewhere, and hands a capture to replay or to
 * the Compare page. All file work runs on CaptureTask threads.
 */
class CapturesView : public QWidget
{
    Q_OBJECT
public:
    CapturesView(Session* session, AppSettings* settings, QWidget* parent = nullptr);
    ~CapturesView() override;

    /// Where the app keeps capture files: `captures/` beside the store.
    QString capturesFolder() const;
    bool isRecording() const { return m_recording; }
    const std::shared_ptr<const Capture>& currentCapture() const { return m_capture; }
    QTableView* table() const { return m_table; }
    EventInspector* inspector() const { return m_inspector; }
    QString currentPath() const { return m_currentPath; }

public Q_SLOTS:
    void startRecording();
    /// Stops recording and saves what arrived meanwhile as a capture file in the captures folder.
    void stopRecording();
    /// Reads \a path (a capture or canonical NDJSON) and shows it.
    void openFile(const QString& path);
    /// Saves the store's events that match \a filter as a capture called \a name in the captures folder, and
    /// shows it.
    void saveFromStore(const Journey::EventFilter& filter, const QString& name);
    /// Imports a HAR file into the captures folder and shows the result.
    void importHar(const QString& harPath);
    void saveState();

Q_SIGNALS:
    void replayRequested(std::shared_ptr<const Journey::Capture> capture);
    void compareRequested(const QString& pathA, const QString& pathB);
    /// A file finished loading, recording saved, or an import finished (ok or not).
    void captureLoaded(bool ok, const QString& message);

private:
    void onCommitted(const CommitReportPtr& report);
    void buildFromStore(const EventFilter& filter, const StoreCaptureBuilder::Range& range, Capture::Info info,
        const QString& fileStem, const QString& action);
    void onFileActivated();
    void onEventSelected();
    void onTaskFinished(const QString& action, bool ok, const QString& message, const QString& path,
        std::shared_ptr<Capture> capture);
    void chooseAndOpen();
    void chooseAndImportHar();
    void saveCopy();
    void compareWith();
    void deleteCurrent();
    void closeCapture();
    void updateActions();
    void showInfo();
    void setBusy(const QString& message);

    Session* m_session;
    AppSettings* m_settings;
    QFileSystemModel* m_files;
    QListView* m_fileList;
    QPushButton* m_record;
    QPushButton* m_open;
    QPushButton* m_importHar;
    QPushButton* m_saveCopy;
    QPushButton* m_replay;
    QPushButton* m_compare;
    QPushButton* m_delete;
    QLabel* m_status;
    QLabel* m_info;
    QTableView* m_table;
    CaptureEventModel* m_model;
    EventInspector* m_inspector;
    QSplitter* m_splitter;

    bool m_recording = false;
    qint64 m_recordingFirstId = 0; ///< first event id committed while recording; 0 = none yet
    qint64 m_recordingLastId = 0;
    qint64 m_recordingStartedAt = 0;
    int m_busy = 0;
    std::shared_ptr<const Capture> m_capture;
    QString m_currentPath;
};

} // namespace Journey
