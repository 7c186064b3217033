// SPDX-License-Identifier: Apache-2.0
// StageBoardView: the versions of a secret as rows, their stages as chips (StageChipDelegate).
// A press on a chip selects it; dragging it (QDrag with application/x-keystage-stage, identifiers
// only) highlights every version that accepts it and the one under the cursor; a drop emits
// stageDropped() — the StageBoard submits it to the StageEditor (rules, prompts, write). SYSPENDING
// and the chips of a secret whose state refuses changes do not start a drag.
// A row is as high as its chips need: they wrap at the stages column's width, and the rows are
// measured again whenever that width, the font or the stages change (updateRowHeights()).
// Keyboard: Left/Right pick a chip in the row (every chip, whatever line it is on), Up/Down change
// rows, Alt+Up / Alt+Down ask to move the selected chip to the adjacent version, Delete asks to
// delete it, the Menu key opens the context menu.
#pragma once

#include "core/model/versionstagemodel.h"
#include "ui/stagechipdelegate.h"

#include <QPointer>
#include <QTableView>

namespace keystage::ui {

class StageBoardView : public QTableView
{
    Q_OBJECT

public:
    explicit StageBoardView(QWidget *parent = nullptr);

    // Room for the titles and three versions however small the window: a drag needs rows.
    QSize minimumSizeHint() const override;

    void setStageModel(VersionStageModel *model);
    VersionStageModel *stageModel() const { return m_model; }

    // The selected chip (keyboard and context menu act on it).
    int currentChipRow() const { return m_chipRow; }
    QString currentStage() const { return m_chipStage; }
    QString currentChipVersion() const;
    // Selects the chip of `stage` (wherever it is); false when no row holds it.
    bool selectStage(const QString &stage);
    void clearChipSelection();

    // Chips of a row in viewport coordinates; chipAt() hit-tests a viewport position.
    QList<ChipGeometry> chipsOfRow(int row) const;
    std::optional<ChipGeometry> chipAt(const QPoint &viewportPos, int *row = nullptr) const;
    // The stages cell of a row in viewport coordinates.
    QRect stagesCellRect(int row) const;

    // Why the chip of `stage` cannot be dragged (SYSPENDING, or the secret's state refuses stage
    // changes); empty when it can. The chip's tooltip.
    QString chipRefusal(int row, const QString &stage) const;

    // While dragging: the stage dragged, and which rows accept it / the row under the cursor.
    QString draggedStage() const { return m_dragStage; }
    bool isValidDropRow(int row) const { return m_validRows.contains(row); }
    int dropTargetRow() const { return m_dropRow; }

Q_SIGNALS:
    // A chip was dropped on another version (the model has not been asked yet).
    void stageDropped(const QString &stage, const QString &from, const QString &to);
    void moveRequested(const QString &stage, const QString &from, const QString &to);
    void deleteRequested(const QString &stage, const QString &holder);
    // Context menu on a row (stage empty when not on a chip), global position.
    void contextMenuRequested(int row, const QString &stage, const QPoint &globalPos);
    void chipSelectionChanged(int row, const QString &stage);
    void dragStarted(const QString &stage);
    void dragEnded();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void updateGeometries() override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    void setChip(int row, const QString &stage);
    void updateValidRows(const QMimeData *mime);
    int rowForDrop(const QPoint &pos) const;
    void endDrag();
    QPixmap chipPixmap(const ChipGeometry &chip) const;
    void keepChipAfterReset();
    void updateAccessibleDescription();
    void updateRowHeights();
    void ensureChipVisible(int row, const QString &stage);

    QPointer<VersionStageModel> m_model;
    StageChipDelegate *m_delegate;
    int m_rowsLaidOutAt = -1; // the stages column's width the row heights are for
    int m_chipRow = -1;
    QString m_chipStage;
    QString m_pressStage;
    int m_pressRow = -1;
    QPoint m_pressPos;
    QString m_dragStage;
    QString m_dragHolder;
    QSet<int> m_validRows;
    int m_dropRow = -1;
};

} // namespace keystage::ui
