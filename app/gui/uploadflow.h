#pragma once

#include "domain/recording.h"
#include "transfer/uploadbatch.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace recdesk {
class Workspace;
}

namespace recdesk::gui {

class UploadDialog;

// How files reach the upload form and then the transfer queue: the Upload… command, local files
// dropped anywhere on the window, and "Send to analytics" for a platform recording (the service
// fetches it by its signed URL, nothing is uploaded from here).
class UploadFlow : public QObject
{
    Q_OBJECT
public:
    // Accepts drops of local files on window (its children's refusals come up to it).
    UploadFlow(Workspace *workspace, QWidget *window);

    // Opens the form (or adds to the open one); returns it.
    UploadDialog *open(const QStringList &paths);
    UploadDialog *dialog() const { return m_dialog; }
    // Asks the platform for the recording's signed URL, then opens a form for it.
    void sendToAnalytics(const Recording &recording);
    // Queues every item of the batch for each of its destinations.
    void enqueue(const UploadBatch &batch);

signals:
    void queued(int transfers);
    void errorOccurred(const QString &message, const QString &details);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Workspace *m_workspace;
    QWidget *m_window;
    QPointer<UploadDialog> m_dialog;
};

} // namespace recdesk::gui
