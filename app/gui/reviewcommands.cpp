#include "reviewcommands.h"

#include "review/reviewstore.h"

namespace recdesk::gui {

AddNoteCommand::AddNoteCommand(ReviewStore *store, const ReviewSubject &subject, qint64 offsetMs,
                               const QString &text, const QString &author)
    : m_store(store)
    , m_subject(subject)
{
    m_note.recordingId = subject.recordingId;
    m_note.offsetMs = offsetMs;
    m_note.text = text;
    m_note.author = author;
    setText(tr("add note"));
}

void AddNoteCommand::redo()
{
    if (!m_store)
        return;
    if (m_note.id != 0) {
        m_store->restoreNote(m_note);
        return;
    }
    m_note.id = m_store->addNote(m_subject, m_note.offsetMs, m_note.text, m_note.author);
    if (m_note.id == 0) {
        setObsolete(true); // refused (see the store's lastError): not kept on the undo stack
        return;
    }
    for (const ReviewNote &n : m_store->notes(m_subject.recordingId)) {
        if (n.id == m_note.id)
            m_note = n; // with the times the store gave it
    }
}

void AddNoteCommand::undo()
{
    if (m_store && m_note.id != 0)
        m_store->removeNote(m_note.id);
}

EditNoteCommand::EditNoteCommand(ReviewStore *store, qint64 noteId, const QString &before,
                                 const QString &after)
    : m_store(store)
    , m_id(noteId)
    , m_before(before)
    , m_after(after)
{
    setText(tr("edit note"));
}

void EditNoteCommand::redo()
{
    if (m_store && !m_store->updateNote(m_id, m_after))
        setObsolete(true);
}

void EditNoteCommand::undo()
{
    if (m_store)
        m_store->updateNote(m_id, m_before);
}

RemoveNoteCommand::RemoveNoteCommand(ReviewStore *store, qint64 noteId)
    : m_store(store)
    , m_id(noteId)
{
    setText(tr("delete note"));
}

void RemoveNoteCommand::redo()
{
    if (m_store && !m_store->removeNote(m_id, &m_removed))
        setObsolete(true);
}

void RemoveNoteCommand::undo()
{
    if (m_store && m_removed.id != 0)
        m_store->restoreNote(m_removed);
}

SetReviewStateCommand::SetReviewStateCommand(ReviewStore *store, const ReviewSubject &subject,
                                             ReviewState state)
    : m_store(store)
    , m_subject(subject)
    , m_before(store ? store->state(subject.recordingId) : ReviewState::NotReviewed)
    , m_after(state)
{
    setText(state == ReviewState::Reviewed  ? tr("mark as reviewed")
            : state == ReviewState::Flagged ? tr("mark as flagged")
                                            : tr("mark as not reviewed"));
}

void SetReviewStateCommand::redo()
{
    if (m_store && !m_store->setState(m_subject, m_after))
        setObsolete(true);
}

void SetReviewStateCommand::undo()
{
    if (m_store)
        m_store->setState(m_subject, m_before);
}

} // namespace recdesk::gui
