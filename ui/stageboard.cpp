#include "ui/stageboard.h"

#include "core/model/versionstagemodel.h"
#include "core/ops/stageeditor.h"
#include "core/ops/stagerules.h"
#include "ui/addstagedialog.h"
#include "ui/profiles/productionguard.h"
#include "ui/riskymovedialog.h"
#include "ui/stageboardview.h"
#include "ui/stagecommand.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace keystage::ui {

namespace {
bool s_confirmRisky = true;
} // namespace

bool StageBoard::confirmsRiskyChanges()
{
    return s_confirmRisky;
}

void StageBoard::setConfirmsRiskyChanges(bool confirm)
{
    s_confirmRisky = confirm;
}

StageBoard::StageBoard(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_view(new StageBoardView(this))
    , m_counter(new QLabel(this))
    , m_state(new QLabel(this))
    , m_addButton(new QToolButton(this))
    , m_rollBackButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("stageBoardPanel"));
    m_counter->setObjectName(QStringLiteral("stageCounter"));
    m_state->setObjectName(QStringLiteral("boardState"));
    m_addButton->setObjectName(QStringLiteral("addStageButton"));
    m_addButton->setText(tr("Add stage…"));
    m_addButton->setToolTip(tr("Add a stage to the selected version"));
    m_addButton->setAccessibleName(tr("Add stage"));
    m_addButton->setAccessibleDescription(m_addButton->toolTip());
    m_counter->setAccessibleName(tr("Stages used"));
    m_state->setAccessibleName(tr("Board state"));
    m_rollBackButton->setObjectName(QStringLiteral("rollBackButton"));
    m_rollBackButton->setText(tr("Roll back"));
    m_rollBackButton->setToolTip(
            tr("Make the SYSPREVIOUS version current again (SYSCURRENT and SYSPREVIOUS swap)"));
    m_rollBackButton->setAccessibleName(tr("Roll back"));
    m_rollBackButton->setAccessibleDescription(m_rollBackButton->toolTip());
    connect(m_addButton, &QToolButton::clicked, this,
            [this]() { requestAddStage(currentVersion()); });
    connect(m_rollBackButton, &QToolButton::clicked, this, &StageBoard::requestRollBack);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_counter);
    bar->addWidget(m_state, 1);
    bar->addWidget(m_addButton);
    bar->addWidget(m_rollBackButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    // Tab order follows the eye: the buttons above the board, then the board.
    QWidget::setTabOrder(m_addButton, m_rollBackButton);
    QWidget::setTabOrder(m_rollBackButton, m_view);

    connect(m_view, &StageBoardView::stageDropped, this, &StageBoard::requestMove);
    connect(m_view, &StageBoardView::moveRequested, this, &StageBoard::requestMove);
    connect(m_view, &StageBoardView::deleteRequested, this, &StageBoard::requestDeleteStage);
    connect(m_view, &StageBoardView::contextMenuRequested, this,
            [this](int row, const QString &stage, const QPoint &globalPos) {
                QMenu *menu = buildContextMenu(row, stage, this);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                menu->popup(globalPos);
            });
    updateCounter();
}

StageBoard::~StageBoard() = default;

void StageBoard::setClient(CsmsClient *client)
{
    m_view->setStageModel(nullptr);
    delete m_model;
    m_model = nullptr;
    delete m_editor;
    m_editor = nullptr;
    m_client = client;
    if (client) {
        m_editor = new StageEditor(client, this);
        m_model = new VersionStageModel(client, m_editor, this);
        connect(m_editor, &StageEditor::operationFinished, this, &StageBoard::onOutcome);
        connect(m_model, &VersionStageModel::stageMoved, this, &StageBoard::pushUndo);
        connect(m_model, &VersionStageModel::stageMoveFailed, this, &StageBoard::reportFailure);
        connect(m_model, &VersionStageModel::versionsLoaded, this, [this]() {
            updateCounter();
            if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0) {
                // Start on the version applications read: the SYSCURRENT holder.
                const int row
                        = qMax(0, m_model->rowOfVersion(m_model->holderOf(StageRules::current())));
                m_view->setCurrentIndex(m_model->index(row, VersionStageModel::StagesColumn));
            }
        });
        connect(m_model, &QAbstractItemModel::modelReset, this,
                [this]() { Q_EMIT currentVersionChanged(currentVersion()); });
        connect(m_model, &QAbstractItemModel::dataChanged, this, &StageBoard::updateCounter);
        connect(m_model, &VersionStageModel::loadFailed, this, [this](const ApiError &error) {
            updateCounter();
            Q_EMIT errorOccurred(tr("The versions of %1 could not be loaded").arg(secretName()),
                                 error);
        });
        m_view->setStageModel(m_model);
        connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this]() { Q_EMIT currentVersionChanged(currentVersion()); });
    }
    updateCounter();
}

void StageBoard::setSecret(const QString &secretName)
{
    if (!m_model)
        return;
    m_model->setSecret(secretName);
    updateCounter();
}

QString StageBoard::secretName() const
{
    return m_model ? m_model->secretName() : QString();
}

void StageBoard::reload()
{
    if (m_model && !secretName().isEmpty())
        m_model->reload();
}

QString StageBoard::currentVersion() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid()
                   ? index.siblingAtColumn(0).data(VersionStageModel::VersionIdRole).toString()
                   : QString();
}

void StageBoard::updateCounter()
{
    const bool hasSecret = m_model && !m_model->secretName().isEmpty();
    m_addButton->setEnabled(hasSecret && m_model->rowCount() > 0);
    m_rollBackButton->setEnabled(hasSecret
                                 && StageRules::predictRollBack(m_model->snapshot()).allowed());
    if (!hasSecret) {
        m_counter->setText(tr("Select a secret to see its versions."));
        m_state->clear();
        return;
    }
    m_counter->setText(
            tr("%1 of %2 stages used").arg(m_model->stageCount()).arg(StageRules::MaxStages));
    m_state->setText(m_model->isLoading()         ? tr("Loading versions…")
                     : m_model->hasPendingMoves() ? tr("Waiting for the server…")
                                                  : QString());
}

void StageBoard::refuse(const QString &headline, const QString &reason)
{
    Q_EMIT messageShown(MessageBanner::Level::Warning, headline, reason);
}

bool StageBoard::guardProduction(const QString &action)
{
    if (!m_client || ProductionGuard::confirm(window(), m_client->profile(), action))
        return true;
    refuse(tr("Nothing was changed"),
           tr("The name of the production profile was not confirmed: %1 was not done.")
                   .arg(action));
    return false;
}

void StageBoard::confirmThen(const QString &question, const StagePrediction &prediction,
                             const QString &acceptText, std::function<void()> go, bool alwaysGuard)
{
    // On a production profile, risky and destructive changes also need the profile's name.
    const bool guard = alwaysGuard || prediction.isRisky();
    QString action = question; // "Move A from v1 to v2?" -> "Move A from v1 to v2"
    if (action.endsWith(QLatin1Char('?')) || action.endsWith(QChar(0xFF1F)))
        action.chop(1);
    if (!prediction.isRisky() || !s_confirmRisky) {
        if (!guard || guardProduction(action))
            go();
        return;
    }
    auto *dialog = new RiskyMoveDialog(question, prediction, acceptText, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, action, go = std::move(go)]() {
        if (dialog->dontAskAgain())
            s_confirmRisky = false;
        if (guardProduction(action))
            go();
    });
    dialog->open();
    Q_EMIT confirmationShown(dialog);
}

void StageBoard::requestMove(const QString &stage, const QString &from, const QString &to)
{
    if (!m_model || !m_editor)
        return;
    const QString headline = tr("%1 cannot move to %2").arg(stage, to);
    if (m_model->isPending(stage)) {
        refuse(headline, tr("A move of %1 is still waiting for the server.").arg(stage));
        return;
    }
    const StagePrediction prediction = StageRules::predictMove(m_model->snapshot(), stage, to);
    if (!prediction.allowed()) {
        refuse(headline, prediction.refusalText());
        return;
    }
    confirmThen(tr("Move %1 from %2 to %3?").arg(stage, from, to), prediction, tr("Move"),
                [this, stage, from, to]() { startMove(stage, from, to); });
}

void StageBoard::startMove(const QString &stage, const QString &from, const QString &to)
{
    if (!m_model)
        return;
    if (!m_model->moveStage(stage, to)) {
        refuse(tr("%1 cannot move to %2").arg(stage, to),
               tr("The board changed in the meantime; it shows the current state."));
        return;
    }
    StageChange change;
    change.kind = StageChange::Kind::Move;
    change.secretName = secretName();
    change.stage = stage;
    change.from = from;
    change.to = to;
    Q_EMIT changeSent(change);
    updateCounter();
}

void StageBoard::requestAddStage(const QString &versionId)
{
    if (!m_model || !m_editor || versionId.isEmpty())
        return;
    const QList<VersionStages> snapshot = m_model->snapshot();
    auto *dialog = new AddStageDialog(versionId, snapshot, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString secret = secretName();
    connect(dialog, &QDialog::accepted, this, [this, dialog, secret, versionId]() {
        if (!m_editor || secret != secretName())
            return;
        StageOperation *op
                = m_editor->create(secret, dialog->stageName(), versionId, m_model->snapshot());
        connect(op, &StageOperation::finished, this, &StageBoard::pushOrReport);
        Q_EMIT changeSent(op->outcome().change);
    });
    dialog->open();
    Q_EMIT confirmationShown(dialog);
}

void StageBoard::requestDeleteStage(const QString &stage, const QString &holder)
{
    if (!m_model || !m_editor)
        return;
    const StagePrediction prediction = StageRules::predictDelete(m_model->snapshot(), stage);
    if (!prediction.allowed()) {
        refuse(tr("%1 cannot be deleted").arg(stage), prediction.refusalText());
        return;
    }
    const QString secret = secretName();
    confirmThen(
            tr("Delete the stage %1 of %2?").arg(stage, holder), prediction, tr("Delete stage"),
            [this, secret, stage, holder]() {
                if (!m_editor || secret != secretName())
                    return;
                StageOperation *op = m_editor->remove(secret, stage, holder);
                connect(op, &StageOperation::finished, this, &StageBoard::pushOrReport);
                Q_EMIT changeSent(op->outcome().change);
            },
            true);
}

void StageBoard::requestRollBack()
{
    if (!m_model || !m_editor)
        return;
    const QList<VersionStages> snapshot = m_model->snapshot();
    const StagePrediction prediction = StageRules::predictRollBack(snapshot);
    if (!prediction.allowed()) {
        refuse(tr("Nothing to roll back to"), prediction.refusalText());
        return;
    }
    const QString secret = secretName();
    const QString current = StageRules::holderOf(snapshot, StageRules::current());
    const QString previous = StageRules::holderOf(snapshot, StageRules::previous());
    confirmThen(
            tr("Roll back %1 from %2 to %3?").arg(secret, current, previous), prediction,
            tr("Roll back"),
            [this, secret]() {
                if (!m_editor || secret != secretName())
                    return;
                StageOperation *op = m_editor->rollBack(secret, m_model->snapshot());
                connect(op, &StageOperation::finished, this, &StageBoard::pushOrReport);
                Q_EMIT changeSent(op->outcome().change);
            },
            true);
}

void StageBoard::pushUndo(const StageOutcome &outcome)
{
    if (!m_undoStack || !outcome.undo.isValid())
        return;
    m_undoStack->push(new StageCommand(m_undoStack, m_editor, outcome.change, outcome.undo));
}

void StageBoard::pushOrReport(const StageOutcome &outcome)
{
    if (outcome.ok())
        pushUndo(outcome);
    else
        reportFailure(outcome);
}

void StageBoard::onOutcome(const StageOutcome &outcome)
{
    // Every change of the editor, the board's own and the undo history's: show the truth.
    updateCounter();
    if (outcome.change.secretName != secretName())
        return;
    if (!outcome.versionsKnown && m_model)
        m_model->reload();
}

void StageBoard::reportFailure(const StageOutcome &outcome)
{
    if (outcome.ok() || outcome.change.secretName != secretName())
        return;
    const ApiError &error = *outcome.error;
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    QString headline = tr("%1 failed").arg(outcome.change.describe());
    if (outcome.isConflict() && outcome.change.kind == StageChange::Kind::Move) {
        headline
                = outcome.currentHolder.isEmpty()
                          ? tr("%1 was changed by someone else: nothing was written")
                                    .arg(outcome.change.stage)
                          : tr("%1 was moved by someone else: it is on %2 now, nothing was written")
                                    .arg(outcome.change.stage, outcome.currentHolder);
    } else if (outcome.partial) {
        headline = tr("The roll back was only half done: SYSCURRENT moved, SYSPREVIOUS did not");
    }
    Q_EMIT errorOccurred(headline, error);
}

QMenu *StageBoard::buildContextMenu(int row, const QString &stage, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("stageContextMenu"));
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return menu;
    const QString version
            = m_model->index(row, 0).data(VersionStageModel::VersionIdRole).toString();
    const QList<VersionStages> snapshot = m_model->snapshot();

    QAction *move = menu->addAction(tr("Move to version…"));
    move->setObjectName(QStringLiteral("moveToVersionAction"));
    move->setEnabled(!stage.isEmpty() && m_model->rowCount() > 1);
    connect(move, &QAction::triggered, this, [this, stage, version]() {
        if (!m_model)
            return;
        QStringList targets;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QString id
                    = m_model->index(r, 0).data(VersionStageModel::VersionIdRole).toString();
            if (id != version)
                targets << id;
        }
        auto *dialog = new QInputDialog(window());
        dialog->setObjectName(QStringLiteral("moveToVersionDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Move %1").arg(stage));
        dialog->setLabelText(tr("Move %1 from %2 to:").arg(stage, version));
        dialog->setComboBoxItems(targets);
        dialog->setComboBoxEditable(false);
        dialog->setOkButtonText(tr("Move"));
        connect(dialog, &QInputDialog::textValueSelected, this,
                [this, stage, version](const QString &to) { requestMove(stage, version, to); });
        dialog->open();
        Q_EMIT confirmationShown(dialog);
    });

    QAction *add = menu->addAction(tr("Add stage to this version…"));
    add->setObjectName(QStringLiteral("addStageAction"));
    add->setEnabled(StageRules::stageCount(snapshot) < StageRules::MaxStages);
    connect(add, &QAction::triggered, this, [this, version]() { requestAddStage(version); });

    QAction *remove = menu->addAction(tr("Delete stage"));
    remove->setObjectName(QStringLiteral("deleteStageAction"));
    remove->setEnabled(!stage.isEmpty() && !StageRules::isBuiltIn(stage));
    if (StageRules::isBuiltIn(stage))
        remove->setToolTip(tr("SYSCURRENT and SYSPREVIOUS cannot be deleted"));
    connect(remove, &QAction::triggered, this,
            [this, stage, version]() { requestDeleteStage(stage, version); });

    menu->addSeparator();
    QAction *rollBack = menu->addAction(tr("Roll back to previous version"));
    rollBack->setObjectName(QStringLiteral("rollBackAction"));
    rollBack->setEnabled(StageRules::predictRollBack(snapshot).allowed());
    connect(rollBack, &QAction::triggered, this, &StageBoard::requestRollBack);
    return menu;
}

} // namespace keystage::ui
