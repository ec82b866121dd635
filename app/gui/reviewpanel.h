#pragma once

#include "review/reviewstate.h"
#include "review/reviewstore.h"
#include "review/reviewsubject.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;
class QUndoCommand;
class QUndoStack;

namespace recdesk {
class ReviewNoteModel;
} // namespace recdesk

namespace recdesk::gui {

class PlayerPanel;

// Beside the player: the review of the recording that plays. Its state (not reviewed, reviewed,
// flagged), its notes pinned to moments (listed here, marked on the waveform), a line to write a
// note at the playhead, and undo. Everything is kept in the profile's ReviewStore on this machine.
// Keyboard first: every action has a window-wide shortcut (see shortcutActions()).
class ReviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPanel(PlayerPanel *player, QWidget *parent = nullptr);
    ~ReviewPanel() override;

    // Not owned; nullptr while not connected (reviews are kept per profile).
    void setStore(ReviewStore *store);
    ReviewStore *store() const { return m_store; }
    // Who writes the notes (the profile's user).
    void setAuthor(const QString &author) { m_author = author; }
    // The recording under review; a null id: none.
    void setSubject(const ReviewSubject &subject);
    ReviewSubject subject() const { return m_subject; }

    QList<QAction *> shortcutActions() const;
    // Delete and Edit: keys that work while the notes list has the keyboard.
    QList<QAction *> noteActions() const { return {m_editNote, m_deleteNote}; }
    QUndoStack *undoStack() const { return m_undo; }
    QTreeView *notesView() const { return m_notes; }
    QLineEdit *noteEditor() const { return m_editor; }
    ReviewNoteModel *notesModel() const { return m_model; }
    QToolButton *stateButton(ReviewState state) const;
    QAction *newNoteAction() const { return m_newNote; }
    QAction *nextUnreviewedAction() const { return m_nextUnreviewed; }

public slots:
    // Opens the note line for a note at the playhead (N).
    void startNote();
    // Opens the note line on the selected note (F2).
    void editSelectedNote();
    void deleteSelectedNote();
    void nextNote();
    void previousNote();
    void markState(recdesk::ReviewState state);

signals:
    // "Next unreviewed" (the main window knows the list).
    void nextUnreviewedRequested();
    // The store refused a change (disk full, database locked): a sentence and its details.
    void errorOccurred(const QString &message, const QString &details);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commitNote();
    // Pushes a review command; false (and errorOccurred) when the store refused its change.
    bool pushChecked(QUndoCommand *command);
    void closeEditor();
    void refreshState();
    void refreshMarkers();
    void updateEnabled();
    qint64 selectedNoteId() const;

    PlayerPanel *m_player;
    QPointer<ReviewStore> m_store;
    ReviewSubject m_subject;
    QString m_author;
    ReviewNoteModel *m_model = nullptr;
    QUndoStack *m_undo = nullptr;

    // The note line: a new note at m_editOffset, or the edit of note m_editId.
    qint64 m_editOffset = -1;
    qint64 m_editId = 0;
    QPointer<QWidget> m_focusBefore; // where the keyboard goes back to once the note is saved

    QLabel *m_title = nullptr;
    QButtonGroup *m_stateGroup = nullptr;
    QTreeView *m_notes = nullptr;
    QLabel *m_editorLabel = nullptr;
    QLineEdit *m_editor = nullptr;
    QToolButton *m_addButton = nullptr;
    QToolButton *m_deleteButton = nullptr;

    QAction *m_newNote = nullptr;
    QAction *m_nextNote = nullptr;
    QAction *m_previousNote = nullptr;
    QAction *m_markReviewed = nullptr;
    QAction *m_markFlagged = nullptr;
    QAction *m_markNotReviewed = nullptr;
    QAction *m_nextUnreviewed = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_deleteNote = nullptr;
    QAction *m_editNote = nullptr;
};

} // namespace recdesk::gui
