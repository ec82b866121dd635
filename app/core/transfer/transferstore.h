#pragma once

#include "transferitem.h"

#include <QList>
#include <QString>

namespace recdesk {

// The queue on disk: one JSON document, replaced atomically (QSaveFile), so that a crash leaves
// either the old or the new queue, never half of one.
class TransferStore
{
public:
    explicit TransferStore(QString path = QString());

    QString path() const { return m_path; }
    // Items in order; duplicates (same id) are dropped. A missing file is an empty queue.
    QList<TransferItem> load(QString *error = nullptr) const;
    bool save(const QList<TransferItem> &items, QString *error = nullptr) const;

    // <AppDataLocation>/transfers.json
    static QString defaultPath();

private:
    QString m_path;
};

} // namespace recdesk
