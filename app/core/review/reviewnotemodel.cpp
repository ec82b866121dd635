#include "reviewnotemodel.h"

#include "reviewstore.h"
#include "util/displayformat.h"

namespace recdesk {

ReviewNoteModel::ReviewNoteModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReviewNoteModel::setStore(ReviewStore *store)
{
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (store) {
        connect(store, &ReviewStore::notesChanged, this, [this](const QUuid &id) {
            if (id == m_recordingId)
                reload();
        });
    }
    reload();
}

void ReviewNoteModel::setRecording(const QUuid &recordingId)
{
    if (recordingId == m_recordingId)
        return;
    m_recordingId = recordingId;
    reload();
}

void ReviewNoteModel::reload()
{
    beginResetModel();
    m_notes = m_store && !m_recordingId.isNull() ? m_store->notes(m_recordingId) : QList<ReviewNote>();
    endResetModel();
}

int ReviewNoteModel::rowOf(qint64 noteId) const
{
    for (int i = 0; i < m_notes.size(); ++i) {
        if (m_notes.at(i).id == noteId)
            return i;
    }
    return -1;
}

int ReviewNoteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

int ReviewNoteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewNoteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewNote &note = m_notes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return DisplayFormat::duration(note.offsetMs);
        case TextColumn:
            return note.text;
        case AuthorColumn:
            return note.author;
        }
        break;
    case Qt::ToolTipRole:
        return index.column() == TextColumn ? note.text : QVariant();
    case NoteIdRole:
        return note.id;
    case OffsetRole:
        return note.offsetMs;
    default:
        break;
    }
    return {};
}

QVariant ReviewNoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TextColumn:
        return tr("Note");
    case AuthorColumn:
        return tr("Author");
    }
    return {};
}

} // namespace recdesk
