#include "uploaddialog.h"

#include "accessibility.h"
#include "detailspane.h"
#include "ui_uploaddialog.h"
#include "util/displayformat.h"

#include <algorithm>
#include <QAbstractButton>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTimeZone>

namespace recdesk::gui {

namespace {
enum Column { ColSource, ColName, ColType, ColSize, ColumnCount };

// Asks for the whole form's height, as a layout would without the scroll area (QScrollArea's own
// hint stops at about 24 lines), so that the details scroll only when the screen is short.
class WholeFormScrollArea : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override
    {
        if (!widget())
            return QScrollArea::sizeHint();
        QSize hint = widget()->sizeHint();
        if (widget()->hasHeightForWidth()) // wrapped messages are taller than the plain hint says
            hint.setHeight(std::max(hint.height(), widget()->heightForWidth(hint.width())));
        return hint + QSize(verticalScrollBar()->sizeHint().width(), 0);
    }
};

// A red that keeps its contrast on light and dark windows.
QString errorStyle(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QStringLiteral("color: #ff8787;") : QStringLiteral("color: #c53030;");
}
} // namespace

UploadDialog::UploadDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UploadDialog>())
{
    m_ui->setupUi(this);
    Accessibility::nameInternalButtons(this);
    setWindowTitle(tr("Upload files"));

    auto *table = m_ui->filesTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("File"), tr("Name in analytics"), tr("Type"), tr("Size")});
    table->horizontalHeader()->setSectionResizeMode(ColSource, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(ColName, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(ColType, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(ColSize, QHeaderView::ResizeToContents);
    table->verticalHeader()->hide();
    // The corner "select all" button is a control too: it gets a name.
    if (auto *corner = table->findChild<QAbstractButton *>())
        corner->setAccessibleName(tr("Select all"));
    table->setToolTip(tr("Double-click a name to change how the file is called in analytics"));
    connect(table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != ColName || item->row() >= m_items.size())
            return;
        m_items[item->row()].metadata.fileName = item->text().trimmed();
        const QString type = uploadTypeForFileName(item->text().trimmed());
        const QSignalBlocker block(m_ui->filesTable);
        if (QTableWidgetItem *typeItem = m_ui->filesTable->item(item->row(), ColType))
            typeItem->setText(type == QLatin1String("Audio")  ? tr("Audio")
                              : type == QLatin1String("Chat") ? tr("Chat")
                                                              : tr("Not allowed"));
        validate();
    });

    m_ui->directionCombo->addItem(tr("Not given"), QString());
    m_ui->directionCombo->addItem(tr("Inbound"), QStringLiteral("Inbound"));
    m_ui->directionCombo->addItem(tr("Outbound"), QStringLiteral("Outbound"));
    m_ui->localeCombo->addItem(tr("English (1033)"), AnalyticsMetadata::kEnglish);
    m_ui->localeCombo->addItem(tr("Spanish (2058)"), AnalyticsMetadata::kSpanish);

    m_ui->interactionDateEdit->setDateTime(QDateTime::currentDateTime());
    m_ui->interactionDateEdit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_ui->interactionDateEdit->setEnabled(false);
    connect(m_ui->interactionDateCheck, &QCheckBox::toggled, m_ui->interactionDateEdit, &QWidget::setEnabled);

    // The interaction details scroll rather than squeeze when the window is short (a small
    // screen, several problems shown at once): a squeezed form cuts fields and messages in half.
    {
        auto *scroll = new WholeFormScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setFocusPolicy(Qt::NoFocus); // not a Tab stop of its own: its fields are
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        const int at = m_ui->mainLayout->indexOf(m_ui->metadataGroup);
        m_ui->mainLayout->removeWidget(m_ui->metadataGroup);
        scroll->setWidget(m_ui->metadataGroup);
        m_ui->mainLayout->insertWidget(at, scroll, 1);
        m_ui->mainLayout->setStretchFactor(m_ui->filesGroup, 0); // the file list keeps its few rows
    }

    // Inline error labels, one under each field the validator can name.
    addErrorLabel(QStringLiteral("AgentFirstName"), m_ui->agentFirstNameEdit);
    addErrorLabel(QStringLiteral("AgentLastName"), m_ui->agentLastNameEdit);
    addErrorLabel(QStringLiteral("AgentCode"), m_ui->agentCodeEdit);
    addErrorLabel(QStringLiteral("CallDirection"), m_ui->directionCombo);
    addErrorLabel(QStringLiteral("LocaleId"), m_ui->localeCombo);
    addErrorLabel(QStringLiteral("InteractionDate"), m_ui->interactionDateEdit);
    addErrorLabel(QStringLiteral("Name"), m_ui->customerNameEdit);
    addErrorLabel(QStringLiteral("Phone"), m_ui->phoneEdit);
    addErrorLabel(QStringLiteral("Email"), m_ui->emailEdit);
    addErrorLabel(QStringLiteral("ClientCallId"), m_ui->clientCallIdEdit);
    addErrorLabel(QStringLiteral("HierarchyId"), m_ui->hierarchyIdEdit);
    addErrorLabel(QStringLiteral("HierarchyCode"), m_ui->hierarchyCodeEdit);
    // File-level problems (name, type, size) share the label under the files table.
    m_ui->filesError->setStyleSheet(errorStyle(palette()));
    m_ui->filesError->hide();
    m_errorLabels.insert(QStringLiteral("FileName"), m_ui->filesError);
    m_errorLabels.insert(QStringLiteral("UploadType"), m_ui->filesError);
    m_errorLabels.insert(QStringLiteral("file"), m_ui->filesError);
    {
        auto *extendedError = new QLabel(this);
        extendedError->setWordWrap(true);
        extendedError->setStyleSheet(errorStyle(palette()));
        extendedError->setAccessibleName(tr("Problem with extended metadata"));
        extendedError->hide();
        auto *layout = qobject_cast<QBoxLayout *>(m_ui->metadataGroup->layout());
        layout->addWidget(extendedError);
        m_errorLabels.insert(QStringLiteral("ExtendedMetadataValues"), extendedError);
    }

    for (QLineEdit *edit : {m_ui->agentFirstNameEdit, m_ui->agentLastNameEdit, m_ui->agentCodeEdit,
                            m_ui->customerNameEdit, m_ui->phoneEdit, m_ui->emailEdit, m_ui->clientCallIdEdit,
                            m_ui->hierarchyIdEdit, m_ui->hierarchyCodeEdit})
        connect(edit, &QLineEdit::textChanged, this, &UploadDialog::validate);
    connect(m_ui->directionCombo, &QComboBox::currentIndexChanged, this, &UploadDialog::validate);
    connect(m_ui->localeCombo, &QComboBox::currentIndexChanged, this, &UploadDialog::validate);
    connect(m_ui->interactionDateCheck, &QCheckBox::toggled, this, &UploadDialog::validate);
    connect(m_ui->interactionDateEdit, &QDateTimeEdit::dateTimeChanged, this, &UploadDialog::validate);
    connect(m_ui->applyToAgentCheck, &QCheckBox::toggled, this, &UploadDialog::validate);
    connect(m_ui->extendedTable, &ExtendedMetadataTable::changed, this, &UploadDialog::validate);
    for (QCheckBox *box : {m_ui->platformCheck, m_ui->analyticsCheck, m_ui->assistantCheck})
        connect(box, &QCheckBox::toggled, this, &UploadDialog::updateDestinationState);

    connect(m_ui->addFilesButton, &QPushButton::clicked, this, &UploadDialog::onAddFilesClicked);
    connect(m_ui->removeFilesButton, &QPushButton::clicked, this, &UploadDialog::removeSelectedFiles);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Upload"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Upload"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (canAccept())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    updateDestinationState();

    // Tall enough for the whole form where the screen allows; on a shorter one the details scroll.
    if (const QScreen *shownOn = screen()) {
        const QSize room = shownOn->availableGeometry().size() - QSize(40, 60); // frame and panels
        resize(size().expandedTo(sizeHint()).boundedTo(room));
    }
}

UploadDialog::~UploadDialog()
{
    // QDialog's destructor hides the window after our members are gone, and hiding ends the
    // editing of the focused field (a name in the table, a metadata field): hide while they live.
    hide();
}

void UploadDialog::addErrorLabel(const QString &field, QWidget *fieldWidget)
{
    auto *label = new QLabel(this);
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::MinimumExpanding);
    label->setStyleSheet(errorStyle(palette()));
    label->setAccessibleName(tr("Problem with %1").arg(field));
    label->hide();
    // Put the message on its own row right under the field, in whichever form holds it.
    for (QFormLayout *form : {m_ui->leftForm, m_ui->rightForm}) {
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(fieldWidget, &row, &role);
        if (row < 0) {
            // The date edit sits inside a row layout.
            for (int r = 0; r < form->rowCount() && row < 0; ++r) {
                QLayoutItem *item = form->itemAt(r, QFormLayout::FieldRole);
                if (item && item->layout() && item->layout()->indexOf(fieldWidget) >= 0)
                    row = r;
            }
        }
        if (row >= 0) {
            form->insertRow(row + 1, QString(), label);
            form->setRowVisible(row + 1, false);
            break;
        }
    }
    m_errorLabels.insert(field, label);
    if (auto *edit = qobject_cast<QLineEdit *>(fieldWidget)) {
        m_typedFields.insert(field, edit);
        connect(edit, &QLineEdit::editingFinished, this, [this, field] {
            m_revealed.insert(field);
            validate();
        });
    }
}

int UploadDialog::fileCount() const
{
    return int(m_items.size());
}

void UploadDialog::appendItem(const UploadItem &item, const QString &shownPath)
{
    auto *table = m_ui->filesTable;
    const QSignalBlocker block(table);
    const int row = table->rowCount();
    table->insertRow(row);
    auto *source = new QTableWidgetItem(shownPath);
    source->setFlags(source->flags() & ~Qt::ItemIsEditable);
    source->setToolTip(shownPath);
    auto *name = new QTableWidgetItem(item.metadata.fileName);
    const QString type = uploadTypeForFileName(item.metadata.fileName);
    auto *typeItem = new QTableWidgetItem(type == QLatin1String("Audio")  ? tr("Audio")
                                          : type == QLatin1String("Chat") ? tr("Chat")
                                                                          : tr("Not allowed"));
    typeItem->setFlags(typeItem->flags() & ~Qt::ItemIsEditable);
    auto *size = new QTableWidgetItem(item.size >= 0 ? DisplayFormat::size(item.size) : QString());
    size->setFlags(size->flags() & ~Qt::ItemIsEditable);
    size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, ColSource, source);
    table->setItem(row, ColName, name);
    table->setItem(row, ColType, typeItem);
    table->setItem(row, ColSize, size);
    m_items.append(item);
}

void UploadDialog::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isFile())
            continue;
        bool duplicate = false;
        for (const UploadItem &existing : std::as_const(m_items))
            duplicate = duplicate || existing.localPath == info.absoluteFilePath();
        if (duplicate)
            continue;
        UploadItem item;
        item.localPath = info.absoluteFilePath();
        item.size = info.size();
        item.metadata.fileName = info.fileName();
        appendItem(item, QDir::toNativeSeparators(item.localPath));
    }
    validate();
}

void UploadDialog::setRecording(const Recording &recording, const QUrl &signedUrl,
                                const RecordingFacts &facts)
{
    m_signedUrlMode = true;
    m_items.clear();
    m_ui->filesTable->setRowCount(0);
    UploadItem item;
    item.signedUrl = signedUrl;
    item.recordingId = recording.id;
    item.metadata.fileName = QStringLiteral("recording-%1.wav").arg(DisplayFormat::id(recording.id));
    appendItem(item, tr("Recording of %1 (sent by link, not re-uploaded)")
                         .arg(recording.started.toDisplayString(QLocale::ShortFormat)));
    m_ui->addFilesButton->setEnabled(false);
    m_ui->removeFilesButton->setEnabled(false);
    if (recording.started.hasHappened()) {
        m_ui->interactionDateCheck->setChecked(true);
        m_ui->interactionDateEdit->setDateTime(recording.started.toDateTime().toLocalTime());
    }
    m_ui->clientCallIdEdit->setText(
        recording.referenceId.isNull() ? QString() : recording.referenceId.toString(QUuid::WithoutBraces));
    // What the call and the agent say, in fields that stay editable and are validated as typed.
    AnalyticsMetadata known;
    facts.prefill(&known);
    m_ui->directionCombo->setCurrentIndex(qMax(0, m_ui->directionCombo->findData(known.callDirection)));
    m_ui->phoneEdit->setText(known.phone);
    m_ui->customerNameEdit->setText(known.name);
    m_ui->agentFirstNameEdit->setText(known.agentFirstName);
    m_ui->agentLastNameEdit->setText(known.agentLastName);
    m_ui->agentCodeEdit->setText(known.agentCode);
    // A signed URL can only go to analytics (the other services need the bytes).
    setAvailableDestinations(UploadDestination::Analytics);
    setDestinations(UploadDestination::Analytics);
    setWindowTitle(tr("Send recording to analytics"));
    validate();
}

void UploadDialog::setAvailableDestinations(UploadDestinations available)
{
    m_available = available;
    m_ui->platformCheck->setEnabled(available.testFlag(UploadDestination::PlatformFiles));
    m_ui->analyticsCheck->setEnabled(available.testFlag(UploadDestination::Analytics));
    m_ui->assistantCheck->setEnabled(available.testFlag(UploadDestination::Assistant));
    setDestinations(destinations() & available);
}

void UploadDialog::setDestinations(UploadDestinations d)
{
    d &= m_available;
    m_ui->platformCheck->setChecked(d.testFlag(UploadDestination::PlatformFiles));
    m_ui->analyticsCheck->setChecked(d.testFlag(UploadDestination::Analytics));
    m_ui->assistantCheck->setChecked(d.testFlag(UploadDestination::Assistant));
    updateDestinationState();
}

UploadDestinations UploadDialog::destinations() const
{
    UploadDestinations d;
    if (m_ui->platformCheck->isChecked())
        d |= UploadDestination::PlatformFiles;
    if (m_ui->analyticsCheck->isChecked())
        d |= UploadDestination::Analytics;
    if (m_ui->assistantCheck->isChecked())
        d |= UploadDestination::Assistant;
    return d;
}

void UploadDialog::updateDestinationState()
{
    const bool analytics = m_ui->analyticsCheck->isChecked();
    m_ui->metadataGroup->setEnabled(analytics);
    m_ui->filesTable->setColumnHidden(ColName, !analytics);
    validate();
}

AnalyticsMetadata UploadDialog::sharedMetadata() const
{
    AnalyticsMetadata m;
    m.agentFirstName = m_ui->agentFirstNameEdit->text().trimmed();
    m.agentLastName = m_ui->agentLastNameEdit->text().trimmed();
    m.agentCode = m_ui->agentCodeEdit->text().trimmed();
    m.callDirection = m_ui->directionCombo->currentData().toString();
    m.localeId = m_ui->localeCombo->currentData().toInt();
    if (m_ui->interactionDateCheck->isChecked())
        m.interactionDate =
            m_ui->interactionDateEdit->dateTime().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    m.name = m_ui->customerNameEdit->text().trimmed();
    m.phone = m_ui->phoneEdit->text().trimmed();
    m.email = m_ui->emailEdit->text().trimmed();
    m.clientCallId = m_ui->clientCallIdEdit->text().trimmed();
    m.hierarchyId = m_ui->hierarchyIdEdit->text().trimmed();
    m.hierarchyCode = m_ui->hierarchyCodeEdit->text().trimmed();
    if (!m.hierarchyId.isEmpty() || !m.hierarchyCode.isEmpty())
        m.applyHierarchyToAgent = m_ui->applyToAgentCheck->isChecked();
    m.extendedValues = m_ui->extendedTable->values();
    return m;
}

UploadBatch UploadDialog::batch() const
{
    UploadBatch b;
    b.destinations = destinations();
    const AnalyticsMetadata shared = sharedMetadata();
    for (const UploadItem &item : m_items) {
        UploadItem out = item;
        out.metadata = shared;
        out.metadata.fileName = item.metadata.fileName;
        out.metadata.uploadType = uploadTypeForFileName(item.metadata.fileName);
        b.items.append(out);
    }
    return b;
}

void UploadDialog::validate()
{
    QHash<QString, QStringList> messages;
    m_problems.clear();
    const UploadBatch b = batch();
    if (b.destinations.testFlag(UploadDestination::Analytics)) {
        for (const UploadItem &item : b.items) {
            const QList<MetadataProblem> problems =
                MetadataValidator::validate(item.metadata, item.localPath, item.size);
            for (const MetadataProblem &p : problems) {
                // File-level problems name their file when there are several.
                const bool perFile = p.field == QLatin1String("FileName") ||
                                     p.field == QLatin1String("UploadType") ||
                                     p.field == QLatin1String("file");
                const QString text = perFile && b.items.size() > 1
                                         ? tr("%1: %2").arg(QFileInfo(item.localPath).fileName(), p.message)
                                         : p.message;
                QStringList &list = messages[p.field];
                if (!list.contains(text)) {
                    list.append(text);
                    m_problems.append({p.field, text});
                }
            }
        }
    }
    // Labels shared by several fields (the files label) collect every message once.
    QHash<QLabel *, QStringList> byLabel;
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        QLabel *label = m_errorLabels.value(it.key(), m_ui->filesError);
        byLabel[label].append(it.value());
    }
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        QLabel *label = it.value();
        const QStringList lines = byLabel.value(label);
        label->setText(lines.join(QLatin1Char('\n')));
        bool show = !lines.isEmpty();
        if (const QLineEdit *edit = m_typedFields.value(it.key())) {
            if (!show)
                m_revealed.remove(it.key()); // mended: the next problem waits for leaving again
            else if (edit->hasFocus() && !m_revealed.contains(it.key()) && !label->isVisible())
                show = false; // still being typed
        }
        for (QFormLayout *form : {m_ui->leftForm, m_ui->rightForm}) {
            int row = -1;
            QFormLayout::ItemRole role;
            form->getWidgetPosition(label, &row, &role);
            if (row >= 0)
                form->setRowVisible(row, show);
        }
        label->setVisible(show);
    }

    QString summary;
    if (m_items.isEmpty())
        summary = tr("Add files with the button below the list, or drop them onto this window.");
    else if (!destinations())
        summary = tr("Choose at least one place to send the files to.");
    else if (!m_problems.isEmpty())
        summary = tr("%Ln problem(s) to fix before uploading.", nullptr, int(m_problems.size()));
    else
        summary = tr("%Ln file(s) ready to upload.", nullptr, int(m_items.size()));
    m_ui->summaryLabel->setText(summary);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

QString UploadDialog::fieldError(const QString &field) const
{
    QStringList out;
    for (const MetadataProblem &p : m_problems)
        if (p.field == field)
            out.append(p.message);
    return out.join(QLatin1Char('\n'));
}

bool UploadDialog::canAccept() const
{
    return !m_items.isEmpty() && destinations() && m_problems.isEmpty();
}

void UploadDialog::onAddFilesClicked()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Choose files to upload"), QStandardPaths::writableLocation(QStandardPaths::HomeLocation),
        tr("Audio and chat files (*.wav *.mp3 *.mp4 *.ogg *.opus *.m4a *.tar *.zip);;All files (*)"));
    addFiles(paths);
}

void UploadDialog::removeSelectedFiles()
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->filesTable->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows) {
        m_ui->filesTable->removeRow(row);
        m_items.removeAt(row);
    }
    validate();
}

} // namespace recdesk::gui
