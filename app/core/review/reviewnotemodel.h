#pragma once

#include "reviewnote.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QUuid>

namespace recdesk {

class ReviewStore;

// The notes of one recording, as a table (moment, note, author) kept in step with the review
// store: it reloads when the store says that recording's notes changed. Read-only: changes go
// through the store (the GUI wraps them in undoable commands).
class ReviewNoteModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, TextColumn, AuthorColumn, ColumnCount };
    enum Role { NoteIdRole = Qt::UserRole + 1, OffsetRole };

    explicit ReviewNoteModel(QObject *parent = nullptr);

    // Not owned; nullptr: no notes.
    void setStore(ReviewStore *store);
    void setRecording(const QUuid &recordingId);
    QUuid recordingId() const { return m_recordingId; }
    const QList<ReviewNote> &notes() const { return m_notes; }
    // The row of a note, or -1.
    int rowOf(qint64 noteId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    QPointer<ReviewStore> m_store;
    QUuid m_recordingId;
    QList<ReviewNote> m_notes;
};

} // namespace recdesk
