#include "dragexport.h"

#include "net/apierror.h"
#include "net/apireply.h"
#include "net/session.h"
#include "transfer/filenamesanitizer.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace recdesk::gui {

namespace {
const QString kUriList = QStringLiteral("text/uri-list");

// Waits for a signal while the application keeps painting; gives up after timeoutMs.
template<typename Sender, typename Signal> bool waitFor(Sender *sender, Signal signal, int timeoutMs)
{
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return timer.isActive();
}
} // namespace

DragExport::DragExport(Session *session, const QList<Entry> &entries, const QString &folder)
    : m_session(session)
    , m_entries(entries)
    , m_folder(folder)
{}

QStringList DragExport::formats() const
{
    return {kUriList};
}

bool DragExport::hasFormat(const QString &mimeType) const
{
    return mimeType == kUriList;
}

QVariant DragExport::retrieveData(const QString &mimeType, QMetaType type) const
{
    Q_UNUSED(type)
    if (mimeType != kUriList)
        return QVariant();
    QVariantList list;
    for (const QUrl &url : fetchUrls())
        list.append(url);
    return list;
}

QList<QUrl> DragExport::fetchUrls() const
{
    if (!m_urls.isEmpty())
        return m_urls;
    for (const Entry &entry : m_entries) {
        const QString path = entry.localPath.isEmpty() ? fetch(entry) : entry.localPath;
        if (!path.isEmpty())
            m_urls.append(QUrl::fromLocalFile(path));
    }
    return m_urls;
}

QString DragExport::fetch(const Entry &entry) const
{
    if (!m_session) {
        m_error = tr("Not connected.");
        return QString();
    }
    ApiReply *location = entry.kind == Entry::Kind::Recording
                             ? m_session->platform()->recordingDownloadLocation(entry.id)
                             : m_session->platform()->fileDownloadLocation(entry.id);
    if (!location->isFinished())
        waitFor(location, &ApiReply::finished, 30000);
    location->deleteLater();
    if (!location->isOk() || !location->redirectUrl().isValid()) {
        m_error = location->error().toDisplayString();
        return QString();
    }
    // The signed URL needs no credentials: none are sent.
    QNetworkRequest request(location->redirectUrl());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(30000);
    QNetworkReply *reply = m_session->networkAccessManager()->get(request);
    if (!reply->isFinished())
        waitFor(reply, &QNetworkReply::finished, 120000);
    reply->deleteLater();
    if (!reply->isFinished() || reply->error() != QNetworkReply::NoError) {
        m_error = tr("The file could not be fetched: %1").arg(reply->errorString());
        reply->abort();
        return QString();
    }
    QDir().mkpath(m_folder);
    const QByteArray body = reply->readAll();
    QString name = FileNameSanitizer::sanitize(entry.fileName, QStringLiteral("recording.wav"));
    // The live platform sends a recording's legs as a ZIP: keep the name honest.
    if (entry.kind == Entry::Kind::Recording && body.startsWith("PK") &&
        name.endsWith(QStringLiteral(".wav")))
        name = name.left(name.size() - 4) + QStringLiteral(".zip");
    const QString path = FileNameSanitizer::uniquePath(m_folder, name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size()) {
        m_error = tr("The file could not be written: %1").arg(file.errorString());
        return QString();
    }
    return path;
}

} // namespace recdesk::gui
