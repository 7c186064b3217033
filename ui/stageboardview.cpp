// SPDX-License-Identifier: Apache-2.0
#include "ui/stageboardview.h"

#include "core/model/versionstagemodel.h"
#include "core/ops/stagerules.h"
#include "ui/palettetones.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QHeaderView>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

namespace keystage::ui {

StageBoardView::StageBoardView(QWidget *parent)
    : QTableView(parent)
    , m_delegate(new StageChipDelegate(this))
{
    setObjectName(QStringLiteral("stageBoard"));
    setItemDelegate(m_delegate);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDragDropOverwriteMode(true);
    setDropIndicatorShown(false);
    setDefaultDropAction(Qt::MoveAction);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setMouseTracking(true);
    setShowGrid(false);
    setWordWrap(false);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(StageChipDelegate::minimumRowHeight);
    // By pixels: a row of wrapped chips can be taller than the board, and each of its lines
    // must come into view.
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    horizontalHeader()->setStretchLastSection(true);
    // The chips wrap at the stages column's width: a new width, new row heights.
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical == VersionStageModel::StagesColumn)
            updateRowHeights();
    });
    setAccessibleName(tr("Versions and stages"));
    // Tab leaves the board (the arrow keys move inside it).
    setTabKeyNavigation(false);
    updateAccessibleDescription();
}

QSize StageBoardView::minimumSizeHint() const
{
    const QSize hint = QTableView::minimumSizeHint();
    const int rows = 3 * verticalHeader()->defaultSectionSize();
    const int titles = horizontalHeader()->isHidden() ? 0 : horizontalHeader()->sizeHint().height();
    return {hint.width(), qMax(hint.height(), titles + rows + 2 * frameWidth())};
}

void StageBoardView::setStageModel(VersionStageModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    setModel(model);
    updateGeometry(); // the titles' height is known now: minimumSizeHint() counts it
    clearChipSelection();
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &StageBoardView::keepChipAfterReset);
    connect(model, &QAbstractItemModel::rowsInserted, this, &StageBoardView::keepChipAfterReset);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &StageBoardView::keepChipAfterReset);
    connect(model, &QAbstractItemModel::dataChanged, this, &StageBoardView::keepChipAfterReset);
    // (after the vertical header's own connections: its sections exist when these run)
    connect(model, &QAbstractItemModel::modelReset, this, &StageBoardView::updateRowHeights);
    connect(model, &QAbstractItemModel::layoutChanged, this, &StageBoardView::updateRowHeights);
    connect(model, &QAbstractItemModel::rowsInserted, this, &StageBoardView::updateRowHeights);
    connect(model, &QAbstractItemModel::dataChanged, this, &StageBoardView::updateRowHeights);
    horizontalHeader()->setSectionResizeMode(VersionStageModel::VersionColumn,
                                             QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(VersionStageModel::CreatedColumn,
                                             QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(VersionStageModel::ExpiresColumn,
                                             QHeaderView::ResizeToContents);
    updateRowHeights();
}

void StageBoardView::ensureChipVisible(int row, const QString &stage)
{
    // A row of wrapped chips may be taller than the board: scroll (by pixels) until the chip
    // itself is in view.
    const auto chips = chipsOfRow(row);
    for (const ChipGeometry &chip : chips) {
        if (chip.stage != stage)
            continue;
        const QRect area = viewport()->rect().adjusted(0, 4, 0, -4);
        if (chip.rect.bottom() > area.bottom())
            verticalScrollBar()->setValue(verticalScrollBar()->value() + chip.rect.bottom()
                                          - area.bottom());
        else if (chip.rect.top() < area.top())
            verticalScrollBar()->setValue(verticalScrollBar()->value() + chip.rect.top()
                                          - area.top());
        return;
    }
}

void StageBoardView::updateRowHeights()
{
    if (!m_model)
        return;
    const int width = columnWidth(VersionStageModel::StagesColumn);
    m_rowsLaidOutAt = width;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const int height = StageChipDelegate::rowHeightFor(
                m_model->index(row, VersionStageModel::StagesColumn), width, font());
        if (rowHeight(row) != height)
            setRowHeight(row, height);
    }
}

void StageBoardView::updateGeometries()
{
    QTableView::updateGeometries();
    // The last column stretches with the viewport, and a scroll bar coming or going narrows or
    // widens it without a sectionResized() every time: without this the rows kept the height
    // of a wider column and a wrapped chip fell below its row (12 stages at 900x600).
    if (m_model && columnWidth(VersionStageModel::StagesColumn) != m_rowsLaidOutAt)
        updateRowHeights();
}

void StageBoardView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateRowHeights();
}

QString StageBoardView::currentChipVersion() const
{
    if (!m_model || m_chipRow < 0 || m_chipRow >= m_model->rowCount())
        return {};
    return m_model->index(m_chipRow, 0).data(VersionStageModel::VersionIdRole).toString();
}

bool StageBoardView::selectStage(const QString &stage)
{
    if (!m_model)
        return false;
    const int row = m_model->rowOfVersion(m_model->holderOf(stage));
    if (row < 0)
        return false;
    setChip(row, stage);
    return true;
}

void StageBoardView::clearChipSelection()
{
    setChip(-1, {});
}

void StageBoardView::setChip(int row, const QString &stage)
{
    if (m_model && row >= 0) {
        const QModelIndex index = m_model->index(row, VersionStageModel::StagesColumn);
        if (currentIndex().row() != row)
            setCurrentIndex(index);
        scrollTo(index);
        ensureChipVisible(row, stage);
    }
    if (row == m_chipRow && stage == m_chipStage)
        return;
    m_chipRow = stage.isEmpty() ? -1 : row;
    m_chipStage = stage;
    viewport()->update();
    updateAccessibleDescription();
    Q_EMIT chipSelectionChanged(m_chipRow, m_chipStage);
}

void StageBoardView::updateAccessibleDescription()
{
    // Screen readers hear which chip the keyboard is on and what the keys do with it.
    const QString keys = tr("Left and Right pick a stage, Alt+Up and Alt+Down move it to the "
                            "version above or below, Delete removes it, the Menu key opens its "
                            "actions.");
    if (m_chipStage.isEmpty()) {
        // A version with no stage: what its "deprecated" badge says.
        const QModelIndex current = currentIndex();
        if (current.isValid() && current.data(VersionStageModel::DeprecatedRole).toBool()) {
            setAccessibleDescription(
                    tr("Version %1.").arg(current.data(VersionStageModel::VersionIdRole).toString())
                    + QLatin1Char(' ') + StageChipDelegate::deprecatedExplanation()
                    + QLatin1Char(' ') + keys);
            return;
        }
        setAccessibleDescription(keys);
        return;
    }
    setAccessibleDescription(tr("Stage %1 on version %2.").arg(m_chipStage, currentChipVersion())
                             + QLatin1Char(' ') + keys);
}

void StageBoardView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    updateAccessibleDescription();
}

void StageBoardView::keepChipAfterReset()
{
    if (m_chipStage.isEmpty() || !m_model)
        return;
    const int row = m_model->rowOfVersion(m_model->holderOf(m_chipStage));
    if (row < 0) {
        clearChipSelection();
        return;
    }
    if (row != m_chipRow) {
        m_chipRow = row;
        viewport()->update();
        Q_EMIT chipSelectionChanged(m_chipRow, m_chipStage);
    }
}

QRect StageBoardView::stagesCellRect(int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return {};
    return visualRect(m_model->index(row, VersionStageModel::StagesColumn));
}

QList<ChipGeometry> StageBoardView::chipsOfRow(int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return {};
    const QModelIndex index = m_model->index(row, VersionStageModel::StagesColumn);
    return StageChipDelegate::chipLayout(index, visualRect(index), font());
}

std::optional<ChipGeometry> StageBoardView::chipAt(const QPoint &viewportPos, int *rowOut) const
{
    const QModelIndex index = indexAt(viewportPos);
    if (!index.isValid() || index.column() != VersionStageModel::StagesColumn)
        return std::nullopt;
    const auto chips = chipsOfRow(index.row());
    for (const ChipGeometry &chip : chips) {
        if (chip.rect.contains(viewportPos) && chip.kind != ChipGeometry::Kind::Pending) {
            if (rowOut)
                *rowOut = index.row();
            return chip;
        }
    }
    return std::nullopt;
}

QString StageBoardView::chipRefusal(int row, const QString &stage) const
{
    if (!m_model || stage.isEmpty())
        return {};
    if (!StageRules::isMovable(stage))
        return StageRules::refusalText(StageRefusal::SystemStage);
    if (!m_model->flags(m_model->index(row, 0)).testFlag(Qt::ItemIsDragEnabled))
        return StageRules::refusalText(StageRules::stateRefusal(m_model->secretTraits()));
    return {};
}

bool StageBoardView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        // A chip that cannot be dragged says why; a shortened chip shows its whole name; the
        // "deprecated" badge says what it means.
        auto *help = static_cast<QHelpEvent *>(event);
        int row = -1;
        const auto chip = chipAt(help->pos(), &row);
        QString tip = chip ? chipRefusal(row, chip->stage) : QString();
        if (chip && chip->elided)
            tip = tip.isEmpty() ? chip->stage : chip->stage + QLatin1Char('\n') + tip;
        const QModelIndex index = indexAt(help->pos());
        if (!chip && index.isValid() && index.column() == VersionStageModel::VersionColumn
            && StageChipDelegate::deprecatedBadgeRect(index, visualRect(index), font())
                       .contains(help->pos()))
            tip = StageChipDelegate::deprecatedExplanation();
        if (!tip.isEmpty()) {
            QToolTip::showText(help->globalPos(), tip, viewport());
            return true;
        }
    }
    return QTableView::viewportEvent(event);
}

void StageBoardView::mousePressEvent(QMouseEvent *event)
{
    m_pressStage.clear();
    m_pressRow = -1;
    int row = -1;
    const auto chip = chipAt(event->position().toPoint(), &row);
    if (chip && event->button() == Qt::LeftButton && StageRules::isMovable(chip->stage) && m_model
        && m_model->flags(m_model->index(row, 0)).testFlag(Qt::ItemIsDragEnabled)) {
        // A drag starts only where a move could go: not SYSPENDING, not on a secret whose
        // state refuses stage changes.
        m_pressStage = chip->stage;
        m_pressRow = row;
        m_pressPos = event->position().toPoint();
    }
    QTableView::mousePressEvent(event);
    if (chip)
        setChip(row, chip->stage);
    else if (event->button() == Qt::LeftButton)
        clearChipSelection();
}

void StageBoardView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton)) {
        int row = -1;
        const auto chip = chipAt(event->position().toPoint(), &row);
        const bool draggable
                = chip && StageRules::isMovable(chip->stage)
                  && m_model->flags(m_model->index(row, 0)).testFlag(Qt::ItemIsDragEnabled);
        viewport()->setCursor(draggable ? Qt::OpenHandCursor : Qt::ArrowCursor);
        return;
    }
    if (m_pressStage.isEmpty())
        return; // drags start on chips only; no rubber-band selection on the board
    if ((event->position().toPoint() - m_pressPos).manhattanLength()
        >= QApplication::startDragDistance())
        startDrag(Qt::MoveAction);
}

void StageBoardView::mouseReleaseEvent(QMouseEvent *event)
{
    m_pressStage.clear();
    m_pressRow = -1;
    QTableView::mouseReleaseEvent(event);
}

QPixmap StageBoardView::chipPixmap(const ChipGeometry &chip) const
{
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(chip.rect.size() * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.translate(-chip.rect.topLeft());
    painter.setRenderHint(QPainter::Antialiasing);
    const PaletteTones::ChipColors colors = PaletteTones::chip(chip.stage, palette());
    painter.setPen(colors.border);
    painter.setBrush(colors.fill);
    painter.drawRoundedRect(QRectF(chip.rect).adjusted(0.5, 0.5, -0.5, -0.5),
                            chip.rect.height() / 2.0, chip.rect.height() / 2.0);
    painter.setPen(colors.text);
    // (a shortened chip drags its shortened name, as it is painted)
    const QString text = chip.elided ? fontMetrics().elidedText(chip.stage, Qt::ElideRight,
                                                                chip.rect.width() - 8)
                                     : chip.stage;
    painter.drawText(chip.rect, Qt::AlignCenter, text);
    return pixmap;
}

void StageBoardView::startDrag(Qt::DropActions supportedActions)
{
    Q_UNUSED(supportedActions)
    if (!m_model || m_pressStage.isEmpty())
        return;
    const QString stage = m_pressStage;
    const int row = m_pressRow;
    m_pressStage.clear();
    QMimeData *mime = m_model->stageMimeData(row, stage);
    if (!mime)
        return;
    ChipGeometry chip;
    const auto chips = chipsOfRow(row);
    for (const ChipGeometry &c : chips) {
        if (c.stage == stage)
            chip = c;
    }
    m_dragStage = stage;
    m_dragHolder = m_model->index(row, 0).data(VersionStageModel::VersionIdRole).toString();
    updateValidRows(mime);
    Q_EMIT dragStarted(stage);
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    if (!chip.stage.isEmpty()) {
        drag->setPixmap(chipPixmap(chip));
        drag->setHotSpot(m_pressPos - chip.rect.topLeft());
    }
    drag->exec(Qt::MoveAction, Qt::MoveAction);
    endDrag();
}

void StageBoardView::updateValidRows(const QMimeData *mime)
{
    m_validRows.clear();
    if (!m_model || !mime)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->canDropMimeData(mime, Qt::MoveAction, -1, -1, m_model->index(row, 0)))
            m_validRows.insert(row);
    }
    viewport()->update();
}

int StageBoardView::rowForDrop(const QPoint &pos) const
{
    const QModelIndex index = indexAt(pos);
    return index.isValid() && m_validRows.contains(index.row()) ? index.row() : -1;
}

void StageBoardView::endDrag()
{
    const bool wasDragging = !m_dragStage.isEmpty() || !m_validRows.isEmpty();
    m_dragStage.clear();
    m_dragHolder.clear();
    m_validRows.clear();
    m_dropRow = -1;
    viewport()->update();
    if (wasDragging)
        Q_EMIT dragEnded();
}

void StageBoardView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_model || !event->mimeData()->hasFormat(VersionStageModel::mimeType())) {
        event->ignore();
        return;
    }
    if (m_dragStage.isEmpty()) {
        // A drag from another view or window: learn the stage from the payload.
        const auto payload = VersionStageModel::decodePayload(
                event->mimeData()->data(VersionStageModel::mimeType()));
        m_dragStage = payload ? payload->stage : QString();
        m_dragHolder = payload ? payload->holder : QString();
        updateValidRows(event->mimeData());
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void StageBoardView::dragMoveEvent(QDragMoveEvent *event)
{
    const int row = rowForDrop(event->position().toPoint());
    if (row != m_dropRow) {
        m_dropRow = row;
        viewport()->update();
    }
    if (row < 0) {
        event->ignore(); // refused: the cursor shows it
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept(visualRect(m_model->index(row, VersionStageModel::StagesColumn)));
}

void StageBoardView::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropRow = -1;
    viewport()->update();
    event->accept();
}

void StageBoardView::dropEvent(QDropEvent *event)
{
    const int row = rowForDrop(event->position().toPoint());
    const auto payload = VersionStageModel::decodePayload(
            event->mimeData()->data(VersionStageModel::mimeType()));
    if (row < 0 || !payload || !m_model) {
        event->ignore();
        endDrag();
        return;
    }
    const QString to = m_model->index(row, 0).data(VersionStageModel::VersionIdRole).toString();
    event->setDropAction(Qt::MoveAction);
    event->accept();
    endDrag();
    Q_EMIT stageDropped(payload->stage, payload->holder, to);
}

void StageBoardView::keyPressEvent(QKeyEvent *event)
{
    if (!m_model) {
        QTableView::keyPressEvent(event);
        return;
    }
    const int key = event->key();
    const bool alt = event->modifiers() & Qt::AltModifier;
    if (alt && (key == Qt::Key_Up || key == Qt::Key_Down)) {
        if (!m_chipStage.isEmpty()) {
            const int target = m_chipRow + (key == Qt::Key_Up ? -1 : 1);
            if (target >= 0 && target < m_model->rowCount()) {
                const QString to = m_model->index(target, 0)
                                           .data(VersionStageModel::VersionIdRole)
                                           .toString();
                Q_EMIT moveRequested(m_chipStage, currentChipVersion(), to);
            }
        }
        event->accept();
        return;
    }
    if (key == Qt::Key_Left || key == Qt::Key_Right) {
        int row = currentIndex().isValid() ? currentIndex().row() : 0;
        QStringList stages;
        const auto chips = chipsOfRow(row);
        for (const ChipGeometry &chip : chips) {
            if (chip.kind != ChipGeometry::Kind::Pending)
                stages << chip.stage;
        }
        if (!stages.isEmpty()) {
            int at = m_chipRow == row ? int(stages.indexOf(m_chipStage)) : -1;
            at = key == Qt::Key_Right ? qMin(at + 1, int(stages.size()) - 1) : qMax(at - 1, 0);
            setChip(row, stages.at(at));
        }
        event->accept();
        return;
    }
    if (key == Qt::Key_Delete && !m_chipStage.isEmpty()) {
        Q_EMIT deleteRequested(m_chipStage, currentChipVersion());
        event->accept();
        return;
    }
    if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_Home || key == Qt::Key_End
        || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
        QTableView::keyPressEvent(event);
        const int row = currentIndex().row();
        const auto chips = chipsOfRow(row);
        QString first;
        for (const ChipGeometry &chip : chips) {
            if (chip.kind != ChipGeometry::Kind::Pending) {
                first = chip.stage;
                break;
            }
        }
        setChip(row, first);
        return;
    }
    QTableView::keyPressEvent(event);
}

void StageBoardView::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_model)
        return;
    if (event->reason() == QContextMenuEvent::Keyboard) {
        const int row = m_chipRow >= 0 ? m_chipRow : currentIndex().row();
        if (row < 0)
            return;
        QPoint pos = stagesCellRect(row).center();
        const auto chips = chipsOfRow(row);
        for (const ChipGeometry &chip : chips) {
            if (chip.stage == m_chipStage)
                pos = chip.rect.center();
        }
        Q_EMIT contextMenuRequested(row, m_chipStage, viewport()->mapToGlobal(pos));
        return;
    }
    int row = -1;
    const auto chip = chipAt(event->pos(), &row);
    if (chip) {
        setChip(row, chip->stage);
    } else {
        row = indexAt(event->pos()).row();
        if (row < 0)
            return;
        setCurrentIndex(m_model->index(row, 0));
        clearChipSelection();
    }
    Q_EMIT contextMenuRequested(row, chip ? chip->stage : QString(), event->globalPos());
}

void StageBoardView::focusOutEvent(QFocusEvent *event)
{
    QTableView::focusOutEvent(event);
    viewport()->update(); // the chip's focus ring turns from solid to dotted
}

void StageBoardView::focusInEvent(QFocusEvent *event)
{
    QTableView::focusInEvent(event);
    viewport()->update();
    if (m_chipStage.isEmpty() && m_model && m_model->rowCount() > 0) {
        const int row = currentIndex().isValid() ? currentIndex().row() : 0;
        const auto chips = chipsOfRow(row);
        for (const ChipGeometry &chip : chips) {
            if (chip.kind != ChipGeometry::Kind::Pending) {
                setChip(row, chip.stage);
                break;
            }
        }
    }
}

} // namespace keystage::ui
