#pragma once

// Picking a recording for a test from what a list has loaded.

#include "models/recordingtablemodel.h"

namespace recdesk::test {

// The first loaded recording that can be played (an ended one), or -1.
inline int firstPlayableRow(const RecordingTableModel *model)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->recordingAt(row).isPlayable())
            return row;
    return -1;
}

} // namespace recdesk::test
