#pragma once

#include "domain/metadatavalidator.h"
#include "domain/recording.h"
#include "models/recordingfacts.h"
#include "transfer/uploadbatch.h"

#include <memory>
#include <QDialog>
#include <QHash>
#include <QSet>
#include <QStringList>

class QLabel;
class QLineEdit;

namespace Ui {
class UploadDialog;
}

namespace recdesk::gui {

// The metadata form for a batch of files: where they go, each file's name in analytics, and
// the interaction details the analytics service takes. Problems appear under their field with
// the domain layer's sentences; Upload stays disabled until there are none.
class UploadDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UploadDialog(QWidget *parent = nullptr);
    ~UploadDialog() override;

    void addFiles(const QStringList &paths);
    // "Send to analytics" on a recording: one item sent by signed URL, details pre-filled.
    // Send a platform recording by its signed URL; the form is pre-filled from facts (its call and
    // agent, where known).
    void setRecording(const Recording &recording, const QUrl &signedUrl, const RecordingFacts &facts = {});
    void setAvailableDestinations(UploadDestinations available);
    void setDestinations(UploadDestinations destinations);

    UploadDestinations destinations() const;
    // The batch as the user filled it in (valid or not).
    UploadBatch batch() const;
    // Problems of the whole batch (every file), after the last change.
    QList<MetadataProblem> problems() const { return m_problems; }
    // The inline message shown for a field ("FileName", "Email", ...), empty when none.
    QString fieldError(const QString &field) const;
    bool canAccept() const;
    int fileCount() const;

    Ui::UploadDialog *ui() const { return m_ui.get(); }

public slots:
    void validate();

private:
    AnalyticsMetadata sharedMetadata() const;
    void addErrorLabel(const QString &field, QWidget *fieldWidget);
    void onAddFilesClicked();
    void removeSelectedFiles();
    void updateDestinationState();
    void appendItem(const UploadItem &item, const QString &shownPath);

    std::unique_ptr<Ui::UploadDialog> m_ui;
    QList<UploadItem> m_items; // parallel to the table's rows
    QHash<QString, QLabel *> m_errorLabels;
    // Typed fields show a new problem once the user leaves them (not on the first keystroke, which
    // would move the form under the pointer); a problem already shown stays while it is mended.
    QHash<QString, QLineEdit *> m_typedFields;
    QSet<QString> m_revealed;
    QList<MetadataProblem> m_problems;
    UploadDestinations m_available = UploadDestinations(UploadDestination::PlatformFiles) |
                                     UploadDestination::Analytics | UploadDestination::Assistant;
    bool m_signedUrlMode = false;
};

} // namespace recdesk::gui
