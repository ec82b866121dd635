#pragma once

#include "review/reviewnote.h"
#include "review/reviewstate.h"
#include "review/reviewsubject.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace recdesk {
class ReviewStore;
}

namespace recdesk::gui {

// The review's undoable changes (Ctrl+Z, Ctrl+Shift+Z): each does its change in the store and can
// take it back, by note id, whichever recording is shown meanwhile. A store that has gone (the
// profile changed) makes them do nothing.

class AddNoteCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddNoteCommand)
public:
    AddNoteCommand(ReviewStore *store, const ReviewSubject &subject, qint64 offsetMs, const QString &text,
                   const QString &author);
    void redo() override;
    void undo() override;
    qint64 noteId() const { return m_note.id; }

private:
    QPointer<ReviewStore> m_store;
    ReviewSubject m_subject;
    ReviewNote m_note; // filled in by the first redo; restored as it was by later ones
};

class EditNoteCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditNoteCommand)
public:
    EditNoteCommand(ReviewStore *store, qint64 noteId, const QString &before, const QString &after);
    void redo() override;
    void undo() override;

private:
    QPointer<ReviewStore> m_store;
    qint64 m_id;
    QString m_before;
    QString m_after;
};

class RemoveNoteCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveNoteCommand)
public:
    RemoveNoteCommand(ReviewStore *store, qint64 noteId);
    void redo() override;
    void undo() override;

private:
    QPointer<ReviewStore> m_store;
    qint64 m_id;
    ReviewNote m_removed;
};

class SetReviewStateCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetReviewStateCommand)
public:
    SetReviewStateCommand(ReviewStore *store, const ReviewSubject &subject, ReviewState state);
    void redo() override;
    void undo() override;

private:
    QPointer<ReviewStore> m_store;
    ReviewSubject m_subject;
    ReviewState m_before;
    ReviewState m_after;
};

} // namespace recdesk::gui
