#include "detailspane.h"

#include "domain/safetext.h"
#include "models/recordingtablemodel.h"
#include "util/displayformat.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace recdesk::gui {

QString unavailableReason(const Recording &recording)
{
    switch (recording.status) {
    case RecordingStatus::Ended:
        return QString();
    case RecordingStatus::Initiating:
        return DetailsPane::tr(
            "This recording is starting. It can be played and downloaded once it has ended.");
    case RecordingStatus::Recording:
        return DetailsPane::tr(
            "This call is still being recorded. It can be played and downloaded once it has ended.");
    case RecordingStatus::Stopping:
        return DetailsPane::tr(
            "This recording is being finished. It can be played and downloaded in a moment.");
    case RecordingStatus::Unknown:
        break;
    }
    return DetailsPane::tr(
        "The platform reports a status Recdesk does not know, so the audio is not offered.");
}

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Details"));
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setAccessibleName(tr("Details title"));

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("Availability note"));
    m_note->hide();

    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setAccessibleName(tr("Details placeholder"));

    m_form = new QWidget(this);
    m_formLayout = new QFormLayout(m_form);
    m_formLayout->setContentsMargins(0, 0, 0, 0);
    m_formLayout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_formLayout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *inner = new QWidget(scroll);
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 0, 0);
    innerLayout->addWidget(m_title);
    innerLayout->addWidget(m_note);
    innerLayout->addWidget(m_form);
    innerLayout->addSpacing(24);
    innerLayout->addWidget(m_placeholder);
    innerLayout->addStretch(1);
    scroll->setWidget(inner);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(scroll, 1);
    showNothing();
}

QString DetailsPane::title() const
{
    return m_title->text();
}

void DetailsPane::beginRows(const QString &title)
{
    while (m_formLayout->rowCount() > 0)
        m_formLayout->removeRow(0);
    m_title->setTextFormat(Qt::PlainText); // a name like "<img src=...>" is text, not markup
    m_title->setText(safeText(title));
    m_title->show();
    m_placeholder->hide();
    m_form->show();
    m_note->hide();
}

void DetailsPane::addRow(const QString &label, const QString &serverValue)
{
    const QString value = safeText(serverValue, true); // no control or bidi characters of theirs
    auto *v = new QLabel(m_form);
    v->setTextFormat(Qt::PlainText); // server text is never markup
    v->setText(value.isEmpty() ? QStringLiteral("—") : value);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Sentences wrap; ids (no spaces) are cut at the pane's edge rather than forcing a sideways
    // scroll bar (a wrapped id splits at its dashes, and QFormLayout then gives it too little height).
    v->setWordWrap(value.contains(QLatin1Char(' ')));
    v->setMinimumWidth(1);
    v->setToolTip(value);
    v->setAccessibleName(label);
    v->setProperty("recdeskValue", value);
    auto *l = new QLabel(label, m_form);
    l->setForegroundRole(QPalette::PlaceholderText);
    l->setBuddy(v);
    m_formLayout->addRow(l, v);
}

QString DetailsPane::valueFor(const QString &label) const
{
    for (int row = 0; row < m_formLayout->rowCount(); ++row) {
        auto *l = qobject_cast<QLabel *>(m_formLayout->itemAt(row, QFormLayout::LabelRole)->widget());
        auto *v = qobject_cast<QLabel *>(m_formLayout->itemAt(row, QFormLayout::FieldRole)->widget());
        if (l && v && l->text() == label)
            return v->property("recdeskValue").toString();
    }
    return QString();
}

void DetailsPane::showRecording(const Recording &r, const RecordingTableModel *model)
{
    beginRows(
        tr("Recording of %1 %2")
            .arg(displayName(r.referenceType).toLower(), r.started.toDisplayString(QLocale::ShortFormat))
            .trimmed());
    const QString reason = unavailableReason(r);
    if (!reason.isEmpty()) {
        m_note->setText(reason);
        m_note->show();
    }
    addRow(tr("Status"), displayName(r.status));
    if (model) {
        const Agent *agent = model->agentOf(r);
        addRow(tr("Agent"), model->agentText(r));
        addRow(tr("Agent user name"), agent ? agent->username : QString());
        if (r.referenceType == RecordingReferenceType::Confbridge) {
            const Conference *conference = model->conferenceOf(r);
            addRow(tr("Conference"), conference ? conference->name : QString());
        } else {
            const Call *call = model->callOf(r);
            const Address customer = call ? call->customer() : Address();
            addRow(tr("Customer"), customer.displayName());
            addRow(tr("Customer number"), customer.number());
            addRow(tr("Direction"), call ? displayName(call->direction) : QString());
            QString outcome = call ? displayName(call->hangupReason) : QString();
            if (call && call->hangupBy != HangupBy::None && !outcome.isEmpty())
                outcome = tr("%1, hung up by: %2").arg(outcome, displayName(call->hangupBy).toLower());
            addRow(tr("Outcome"), outcome);
        }
    }
    addRow(tr("Started"), r.started.toDisplayString(QLocale::ShortFormat));
    addRow(tr("Ended"), r.ended.toDisplayString(QLocale::ShortFormat));
    addRow(tr("Duration"), DisplayFormat::duration(r.durationMs()));
    addRow(tr("Format"), displayName(r.format));
    addRow(tr("Reference"), displayName(r.referenceType));
    addRow(tr("Reference id"), DisplayFormat::id(r.referenceId));
    addRow(tr("Owner"), r.ownerType == OwnerType::None ? QString() : displayName(r.ownerType));
    addRow(tr("Owner id"), DisplayFormat::id(r.ownerId));
    addRow(tr("Flow"), DisplayFormat::id(r.activeflowId));
    addRow(tr("Created"), r.created.toDisplayString(QLocale::ShortFormat));
    addRow(tr("Updated"), r.updated.toDisplayString(QLocale::ShortFormat));
    addRow(tr("Recording id"), DisplayFormat::id(r.id));
}

void DetailsPane::showFile(const PlatformFile &f)
{
    beginRows(f.name.isEmpty() ? f.filename : f.name);
    if (f.downloadUrl.isEmpty()) {
        m_note->setText(
            tr("The platform gave no download link for this file; downloading asks for a fresh one."));
        m_note->show();
    }
    addRow(tr("Name"), f.name);
    addRow(tr("File name"), f.filename);
    addRow(tr("Size"), DisplayFormat::size(f.filesize));
    addRow(tr("Description"), f.detail);
    addRow(tr("Reference"), displayName(f.referenceType));
    addRow(tr("Recording id"), DisplayFormat::id(f.referenceId));
    addRow(tr("Owner"), f.ownerType == OwnerType::None ? QString() : displayName(f.ownerType));
    addRow(tr("Owner id"), DisplayFormat::id(f.ownerId));
    addRow(tr("Created"), f.created.toDisplayString(QLocale::ShortFormat));
    addRow(tr("Updated"), f.updated.toDisplayString(QLocale::ShortFormat));
    addRow(tr("Link valid until"), f.downloadExpires.toDisplayString(QLocale::ShortFormat));
    addRow(tr("File id"), DisplayFormat::id(f.id));
}

void DetailsPane::showNothing(int selectedCount)
{
    while (m_formLayout->rowCount() > 0)
        m_formLayout->removeRow(0);
    m_title->hide();
    m_note->hide();
    m_form->hide();
    m_placeholder->setText(selectedCount > 1 ? tr("%L1 items selected").arg(selectedCount)
                                             : tr("Select a row to see its details."));
    m_placeholder->show();
}

} // namespace recdesk::gui
