#pragma once

#include <QList>
#include <QMimeData>
#include <QPointer>
#include <QUrl>
#include <QUuid>

namespace recdesk {
class DownloadJob;
class Session;
} // namespace recdesk

namespace recdesk::gui {

// What a row dragged out of Recdesk carries: the items' files. Fetching starts when the drag
// starts, in the background: recordings through the profile's audio cache (so a recording that
// was played is not fetched again), files through a DownloadJob. Each finished file is copied
// (off the GUI thread) into a fresh folder under its own name, and a drop is given the files that
// are there by then; nothing waits, and no recording is ever held in memory. If the drop comes
// first, lastError() says what was still on its way.
class DragExport : public QMimeData
{
    Q_OBJECT
public:
    struct Entry
    {
        enum class Kind { Recording, File };
        Kind kind = Kind::Recording;
        QUuid id;
        QString fileName; // name to give the file
    };

    DragExport(Session *session, const QList<Entry> &entries, const QString &folder);
    ~DragExport() override;

    QStringList formats() const override;
    bool hasFormat(const QString &mimeType) const override;
    // The files on disk so far (in the order of the entries).
    QList<QUrl> readyUrls() const;
    int pendingCount() const;
    // Set when a drop asked before everything was there, or when an item failed.
    QString lastError() const { return m_error; }

signals:
    void allReady();

protected:
    QVariant retrieveData(const QString &mimeType, QMetaType type) const override;

private:
    void startRecording(int index);
    void startFile(int index);
    void copyIntoFolder(int index, const QString &source);
    void setDone(int index, const QString &path, const QString &error = QString());

    QPointer<Session> m_session;
    QList<Entry> m_entries;
    QString m_folder;
    QList<QString> m_paths; // per entry: the file in m_folder once there
    QList<bool> m_finished; // per entry: there, or failed
    QList<QPointer<DownloadJob>> m_jobs;
    mutable QString m_error;
};

} // namespace recdesk::gui
