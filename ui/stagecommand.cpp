#include "ui/stagecommand.h"

#include "core/ops/stageeditor.h"

namespace keystage::ui {

StageCommand::StageCommand(StageEditor *editor, const StageChange &done, const StageChange &undo,
                           Snapshot snapshot)
    : m_editor(editor)
    , m_done(done)
    , m_undo(undo)
    , m_snapshot(std::move(snapshot))
{
    setText(done.describe());
}

void StageCommand::undo()
{
    if (m_editor && m_undo.isValid())
        m_editor->apply(m_undo, m_snapshot ? m_snapshot() : QList<VersionStages>());
}

void StageCommand::redo()
{
    if (m_first) {
        m_first = false; // already done on the server
        return;
    }
    if (m_editor && m_done.isValid())
        m_editor->apply(m_done, m_snapshot ? m_snapshot() : QList<VersionStages>());
}

} // namespace keystage::ui
