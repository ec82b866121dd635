#pragma once

#include <QList>
#include <QMimeData>
#include <QPointer>
#include <QUrl>
#include <QUuid>

namespace recdesk {
class Session;
}

namespace recdesk::gui {

// What a row dragged out of Recdesk carries: the item's file, fetched when the drop target asks
// for it (a file manager or the desktop asks at drop time). Files already on disk (e.g. the
// recording that was just played) are used as they are; the others are fetched from their
// signed URLs into a temporary folder, with the window kept alive meanwhile.
class DragExport : public QMimeData
{
    Q_OBJECT
public:
    struct Entry
    {
        enum class Kind { Recording, File };
        Kind kind = Kind::Recording;
        QUuid id;
        QString fileName;  // name to give the file
        QString localPath; // already on disk, when known
    };

    DragExport(Session *session, const QList<Entry> &entries, const QString &folder);

    QStringList formats() const override;
    bool hasFormat(const QString &mimeType) const override;
    // The local files, fetching what is missing (blocking the caller, not the event loop).
    QList<QUrl> fetchUrls() const;
    QString lastError() const { return m_error; }

protected:
    QVariant retrieveData(const QString &mimeType, QMetaType type) const override;

private:
    QString fetch(const Entry &entry) const;

    QPointer<Session> m_session;
    QList<Entry> m_entries;
    QString m_folder;
    mutable QList<QUrl> m_urls; // cached once fetched
    mutable QString m_error;
};

} // namespace recdesk::gui
