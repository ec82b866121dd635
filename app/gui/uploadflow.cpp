#include "uploadflow.h"

#include "net/apireply.h"
#include "net/recordingcontextresolver.h"
#include "net/session.h"
#include "uploaddialog.h"
#include "workspace/workspace.h"

#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QWidget>

namespace recdesk::gui {

namespace {
QStringList localFilesOf(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}
} // namespace

UploadFlow::UploadFlow(Workspace *workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

bool UploadFlow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return false;
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        // Our own rows dragged out must not come back as uploads.
        if (drag->source() == nullptr && !localFilesOf(drag->mimeData()).isEmpty())
            drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = localFilesOf(drop->mimeData());
        if (!paths.isEmpty()) {
            drop->acceptProposedAction();
            open(paths);
        }
        return true;
    }
    default:
        return false;
    }
}

UploadDialog *UploadFlow::open(const QStringList &paths)
{
    if (!m_dialog) {
        m_dialog = new UploadDialog(m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &QDialog::accepted, this, [this] {
            if (m_dialog)
                enqueue(m_dialog->batch());
        });
        m_dialog->open();
    }
    m_dialog->addFiles(paths);
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void UploadFlow::sendToAnalytics(const Recording &recording)
{
    Session *session = m_workspace->session();
    if (!session)
        return;
    ApiReply *reply = session->platform()->recordingDownloadLocation(recording.id);
    connect(reply, &ApiReply::finished, this, [this, reply, recording] {
        // The reply deletes itself after finished(): read it here, never delete it.
        if (!reply->isOk() || !reply->redirectUrl().isValid()) {
            emit errorOccurred(reply->error().toDisplayString(), reply->error().details());
            return;
        }
        auto *form = new UploadDialog(m_window);
        form->setAttribute(Qt::WA_DeleteOnClose);
        Session *current = m_workspace->session();
        form->setRecording(recording, reply->redirectUrl(),
                           RecordingFacts::of(recording, current ? current->recordingContext() : nullptr));
        connect(form, &QDialog::accepted, this, [this, form] { enqueue(form->batch()); });
        form->open();
    });
}

void UploadFlow::enqueue(const UploadBatch &batch)
{
    const int count = m_workspace->enqueueUploads(batch);
    if (count > 0)
        emit queued(count);
}

} // namespace recdesk::gui
