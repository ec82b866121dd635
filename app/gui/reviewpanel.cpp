#include "reviewpanel.h"

#include "appicons.h"
#include "playerpanel.h"
#include "review/reviewnotemodel.h"
#include "review/reviewstore.h"
#include "reviewcommands.h"
#include "shortcutsoverlay.h"
#include "util/displayformat.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace recdesk::gui {

namespace {
QAction *makeAction(const QString &text, const QKeySequence &key, QObject *parent)
{
    auto *a = new QAction(text, parent);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WindowShortcut);
    return a;
}
} // namespace

ReviewPanel::ReviewPanel(PlayerPanel *player, QWidget *parent)
    : QWidget(parent)
    , m_player(player)
{
    setAccessibleName(tr("Review"));
    m_model = new ReviewNoteModel(this);
    m_undo = new QUndoStack(this);

    m_newNote = makeAction(tr("New note"), QKeySequence(Qt::Key_N), this);
    m_newNote->setIcon(AppIcons::symbolic(QStringLiteral("note")));
    connect(m_newNote, &QAction::triggered, this, &ReviewPanel::startNote);
    m_nextNote = makeAction(tr("Next note"), QKeySequence(Qt::Key_BracketRight), this);
    connect(m_nextNote, &QAction::triggered, this, &ReviewPanel::nextNote);
    m_previousNote = makeAction(tr("Previous note"), QKeySequence(Qt::Key_BracketLeft), this);
    connect(m_previousNote, &QAction::triggered, this, &ReviewPanel::previousNote);
    m_markReviewed = makeAction(tr("Mark reviewed"), QKeySequence(Qt::Key_R), this);
    connect(m_markReviewed, &QAction::triggered, this, [this] { markState(ReviewState::Reviewed); });
    m_markFlagged = makeAction(tr("Flag"), QKeySequence(Qt::Key_F), this);
    connect(m_markFlagged, &QAction::triggered, this, [this] { markState(ReviewState::Flagged); });
    m_markNotReviewed = makeAction(tr("Mark not reviewed"), QKeySequence(Qt::Key_U), this);
    connect(m_markNotReviewed, &QAction::triggered, this, [this] { markState(ReviewState::NotReviewed); });
    m_nextUnreviewed = makeAction(tr("Next unreviewed recording"), QKeySequence(Qt::SHIFT | Qt::Key_N), this);
    connect(m_nextUnreviewed, &QAction::triggered, this, &ReviewPanel::nextUnreviewedRequested);
    m_undoAction = m_undo->createUndoAction(this, tr("Undo"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setProperty(kOverlayTextProperty, tr("Undo"));
    m_undoAction->setShortcutContext(Qt::WindowShortcut);
    m_redoAction = m_undo->createRedoAction(this, tr("Redo"));
    m_redoAction->setShortcuts(QKeySequence::Redo);
    m_redoAction->setProperty(kOverlayTextProperty, tr("Redo"));
    m_redoAction->setShortcutContext(Qt::WindowShortcut);
    // These two act on the selected note, so only while the notes have the keyboard.
    m_deleteNote = new QAction(AppIcons::symbolic(QStringLiteral("remove")), tr("Delete note"), this);
    m_deleteNote->setShortcut(QKeySequence::Delete);
    m_deleteNote->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteNote, &QAction::triggered, this, &ReviewPanel::deleteSelectedNote);
    m_editNote = new QAction(tr("Edit note"), this);
    m_editNote->setShortcut(QKeySequence(Qt::Key_F2));
    m_editNote->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_editNote, &QAction::triggered, this, &ReviewPanel::editSelectedNote);

    m_title = new QLabel(tr("Review"), this);
    QFont tf = m_title->font();
    tf.setBold(true);
    m_title->setFont(tf);

    m_stateGroup = new QButtonGroup(this);
    m_stateGroup->setExclusive(true);
    auto *states = new QHBoxLayout;
    states->setSpacing(2);
    const struct
    {
        ReviewState state;
        QString icon;
        QAction *action;
    } stateButtons[] = {{ReviewState::NotReviewed, QString(), m_markNotReviewed},
                        {ReviewState::Reviewed, QStringLiteral("reviewed"), m_markReviewed},
                        {ReviewState::Flagged, QStringLiteral("flag"), m_markFlagged}};
    for (const auto &s : stateButtons) {
        auto *b = new QToolButton(this);
        b->setText(ReviewStateText::displayName(s.state));
        if (!s.icon.isEmpty())
            b->setIcon(AppIcons::symbolic(s.icon));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setAccessibleName(ReviewStateText::displayName(s.state));
        b->setToolTip(
            tr("%1 (%2)").arg(s.action->text(), s.action->shortcut().toString(QKeySequence::NativeText)));
        m_stateGroup->addButton(b, int(s.state));
        states->addWidget(b);
    }
    states->addStretch(1);
    connect(m_stateGroup, &QButtonGroup::idClicked, this, [this](int id) { markState(ReviewState(id)); });

    m_notes = new QTreeView(this);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setModel(m_model);
    m_notes->setRootIsDecorated(false);
    m_notes->setUniformRowHeights(true);
    m_notes->setAlternatingRowColors(true);
    m_notes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_notes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_notes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_notes->header()->setStretchLastSection(false);
    m_notes->header()->setSectionResizeMode(ReviewNoteModel::TimeColumn, QHeaderView::ResizeToContents);
    m_notes->header()->setSectionResizeMode(ReviewNoteModel::TextColumn, QHeaderView::Stretch);
    m_notes->header()->setSectionResizeMode(ReviewNoteModel::AuthorColumn, QHeaderView::ResizeToContents);
    m_notes->addActions({m_deleteNote, m_editNote});
    m_notes->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_notes, &QTreeView::activated, this, [this](const QModelIndex &index) {
        m_player->seek(index.data(ReviewNoteModel::OffsetRole).toLongLong());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewPanel::refreshMarkers);

    m_editorLabel = new QLabel(this);
    m_editor = new QLineEdit(this);
    m_editor->setAccessibleName(tr("Note text"));
    m_editor->setPlaceholderText(tr("Press N to write a note at the playhead"));
    m_editor->setClearButtonEnabled(true);
    m_editor->installEventFilter(this);
    m_editorLabel->setBuddy(m_editor);
    connect(m_editor, &QLineEdit::returnPressed, this, &ReviewPanel::commitNote);
    m_addButton = new QToolButton(this);
    m_addButton->setDefaultAction(m_newNote);
    m_addButton->setAutoRaise(true);
    m_addButton->setAccessibleName(m_newNote->text());
    m_addButton->setToolTip(tr("New note at the playhead (N)"));
    m_deleteButton = new QToolButton(this);
    m_deleteButton->setDefaultAction(m_deleteNote);
    m_deleteButton->setAutoRaise(true);
    m_deleteButton->setAccessibleName(m_deleteNote->text());
    m_deleteButton->setToolTip(tr("Delete the selected note (Delete); Ctrl+Z undoes it"));

    auto *editorRow = new QHBoxLayout;
    editorRow->setSpacing(4);
    editorRow->addWidget(m_editorLabel);
    editorRow->addWidget(m_editor, 1);
    editorRow->addWidget(m_addButton);
    editorRow->addWidget(m_deleteButton);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addLayout(states, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 10, 8);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_notes, 1);
    layout->addLayout(editorRow);

    setTabOrder(m_notes, m_editor);
    closeEditor();
    updateEnabled();
}

ReviewPanel::~ReviewPanel() = default;

QList<QAction *> ReviewPanel::shortcutActions() const
{
    return {m_newNote,         m_nextNote,       m_previousNote, m_markReviewed, m_markFlagged,
            m_markNotReviewed, m_nextUnreviewed, m_undoAction,   m_redoAction};
}

QToolButton *ReviewPanel::stateButton(ReviewState state) const
{
    return qobject_cast<QToolButton *>(m_stateGroup->button(int(state)));
}

void ReviewPanel::setStore(ReviewStore *store)
{
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    m_undo->clear(); // its commands belong to the store that was
    m_model->setStore(store);
    if (store) {
        connect(store, &ReviewStore::stateChanged, this, [this](const QUuid &id) {
            if (id == m_subject.recordingId)
                refreshState();
        });
    }
    refreshState();
    updateEnabled();
}

void ReviewPanel::setSubject(const ReviewSubject &subject)
{
    if (subject.recordingId == m_subject.recordingId) {
        m_subject = subject; // more is known of it (its agent, its call): the note being written goes on
        return;
    }
    // A note being written belongs to the recording it was started on, wherever the focus is now.
    if (m_editOffset >= 0 || m_editId != 0)
        commitNote();
    m_subject = subject;
    m_model->setRecording(subject.recordingId);
    refreshState();
    refreshMarkers();
    updateEnabled();
}

void ReviewPanel::updateEnabled()
{
    const bool on = m_store && !m_subject.recordingId.isNull();
    for (QAction *a : {m_newNote, m_nextNote, m_previousNote, m_markReviewed, m_markFlagged,
                       m_markNotReviewed, m_deleteNote, m_editNote})
        a->setEnabled(on);
    m_nextUnreviewed->setEnabled(m_store != nullptr);
    for (QAbstractButton *b : m_stateGroup->buttons())
        b->setEnabled(on);
    m_editor->setEnabled(on);
    m_notes->setEnabled(on);
    if (!m_store)
        m_editor->setPlaceholderText(tr("Reviews are kept per profile: connect to write notes"));
    else if (m_subject.recordingId.isNull())
        m_editor->setPlaceholderText(tr("Select a recording to review it"));
    else
        m_editor->setPlaceholderText(tr("Press N to write a note at the playhead"));
}

void ReviewPanel::refreshState()
{
    const ReviewState state = m_store && !m_subject.recordingId.isNull()
                                  ? m_store->state(m_subject.recordingId)
                                  : ReviewState::NotReviewed;
    if (QAbstractButton *b = m_stateGroup->button(int(state)))
        b->setChecked(true);
    m_title->setText(m_subject.recordingId.isNull() ? tr("Review") : tr("Review:"));
}

void ReviewPanel::refreshMarkers()
{
    QList<WaveformWidget::Marker> markers;
    for (const ReviewNote &n : m_model->notes())
        markers.append({n.offsetMs, tr("%1 — %2").arg(DisplayFormat::duration(n.offsetMs), n.text)});
    m_player->setMarkers(markers);
}

void ReviewPanel::markState(ReviewState state)
{
    if (!m_store || m_subject.recordingId.isNull()) {
        refreshState();
        return;
    }
    if (m_store->state(m_subject.recordingId) != state)
        pushChecked(new SetReviewStateCommand(m_store, m_subject, state));
    refreshState();
}

void ReviewPanel::startNote()
{
    if (!m_store || m_subject.recordingId.isNull())
        return;
    QWidget *focus = QApplication::focusWidget();
    if (focus != m_editor)
        m_focusBefore = focus;
    m_editId = 0;
    m_editOffset = m_player->currentPosition();
    m_editorLabel->setText(tr("Note at %1:").arg(DisplayFormat::duration(m_editOffset)));
    m_editor->clear();
    m_editor->setPlaceholderText(tr("Write the note, Enter to save, Esc to cancel"));
    m_editor->setFocus(Qt::ShortcutFocusReason);
}

qint64 ReviewPanel::selectedNoteId() const
{
    const QModelIndex current = m_notes->currentIndex();
    return current.isValid() ? current.data(ReviewNoteModel::NoteIdRole).toLongLong() : 0;
}

void ReviewPanel::editSelectedNote()
{
    const qint64 id = selectedNoteId();
    const int row = m_model->rowOf(id);
    if (id == 0 || row < 0)
        return;
    const ReviewNote &note = m_model->notes().at(row);
    m_focusBefore = m_notes;
    m_editId = id;
    m_editOffset = note.offsetMs;
    m_editorLabel->setText(tr("Note at %1:").arg(DisplayFormat::duration(note.offsetMs)));
    m_editor->setText(note.text);
    m_editor->selectAll();
    m_editor->setFocus(Qt::ShortcutFocusReason);
}

void ReviewPanel::deleteSelectedNote()
{
    const qint64 id = selectedNoteId();
    if (!m_store || id == 0)
        return;
    const int row = m_model->rowOf(id);
    if (!pushChecked(new RemoveNoteCommand(m_store, id)))
        return;
    // Keep the keyboard on the list, at the note that took the deleted one's place.
    if (m_model->rowCount() > 0)
        m_notes->setCurrentIndex(
            m_model->index(std::min(row, m_model->rowCount() - 1), ReviewNoteModel::TextColumn));
}

void ReviewPanel::commitNote()
{
    const QString text = m_editor->text().trimmed();
    if (m_store && !m_subject.recordingId.isNull() && !text.isEmpty()) {
        if (m_editId != 0) {
            const int row = m_model->rowOf(m_editId);
            const QString before = row >= 0 ? m_model->notes().at(row).text : QString();
            if (row >= 0 && before != text &&
                !pushChecked(new EditNoteCommand(m_store, m_editId, before, text)))
                return; // the text stays in the line, the reason in the message bar
        } else {
            const qint64 at = m_editOffset >= 0 ? m_editOffset : m_player->currentPosition();
            auto *add = new AddNoteCommand(m_store, m_subject, at, text, m_author);
            if (!pushChecked(add))
                return;
            const int row = m_model->rowOf(add->noteId()); // on the stack now, alive
            if (row >= 0)
                m_notes->setCurrentIndex(m_model->index(row, ReviewNoteModel::TextColumn));
        }
    }
    closeEditor();
}

bool ReviewPanel::pushChecked(QUndoCommand *command)
{
    // A command whose change the store refused makes itself obsolete: the stack drops it.
    const int before = m_undo->index();
    m_undo->push(command);
    if (m_undo->index() == before + 1)
        return true;
    emit errorOccurred(tr("The review could not be saved on this computer."),
                       m_store ? m_store->lastError() : QString());
    return false;
}

void ReviewPanel::closeEditor()
{
    m_editId = 0;
    m_editOffset = -1;
    m_editor->clear();
    m_editorLabel->setText(tr("Note:"));
    updateEnabled();
    if (m_editor->hasFocus()) {
        QWidget *back = m_focusBefore ? m_focusBefore.data() : m_notes;
        back->setFocus(Qt::OtherFocusReason);
    }
    m_focusBefore.clear();
}

bool ReviewPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor) {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            closeEditor();
            return true;
        }
        // Typing straight into the line writes a note at the moment the typing began.
        if (event->type() == QEvent::FocusIn && m_editId == 0 && m_editOffset < 0 && m_store &&
            !m_subject.recordingId.isNull()) {
            m_editOffset = m_player->currentPosition();
            m_editorLabel->setText(tr("Note at %1:").arg(DisplayFormat::duration(m_editOffset)));
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReviewPanel::nextNote()
{
    const qint64 pos = m_player->currentPosition();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->notes().at(row).offsetMs > pos + 100) {
            m_notes->setCurrentIndex(m_model->index(row, ReviewNoteModel::TextColumn));
            m_player->seek(m_model->notes().at(row).offsetMs);
            return;
        }
    }
}

void ReviewPanel::previousNote()
{
    // At a note (just jumped to it), the one before it is meant.
    const qint64 pos = m_player->currentPosition();
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        if (m_model->notes().at(row).offsetMs < pos - 500) {
            m_notes->setCurrentIndex(m_model->index(row, ReviewNoteModel::TextColumn));
            m_player->seek(m_model->notes().at(row).offsetMs);
            return;
        }
    }
}

} // namespace recdesk::gui
