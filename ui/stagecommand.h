// StageCommand: a stage change on the undo stack. It is pushed after the server confirmed the
// change (the first redo() does nothing); undo() and later redo()s run the inverse / the change
// again through the StageEditor, which re-reads the versions afterwards.
#pragma once

#include "core/ops/stagechange.h"
#include "core/ops/stageeditor.h"

#include <QPointer>
#include <QUndoCommand>
#include <functional>

namespace keystage::ui {

class StageCommand : public QUndoCommand
{
public:
    using Snapshot = std::function<QList<VersionStages>()>;

    StageCommand(StageEditor *editor, const StageChange &done, const StageChange &undo,
                 Snapshot snapshot);

    void undo() override;
    void redo() override;

    const StageChange &change() const { return m_done; }

private:
    QPointer<StageEditor> m_editor;
    StageChange m_done;
    StageChange m_undo;
    Snapshot m_snapshot;
    bool m_first = true;
};

} // namespace keystage::ui
