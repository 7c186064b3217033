// SPDX-License-Identifier: Apache-2.0
#include "ui/stageboard.h"

#include "core/model/versionstagemodel.h"
#include "core/ops/stageeditor.h"
#include "core/ops/stagerules.h"
#include "ui/addstagedialog.h"
#include "ui/metadata/expirycontroller.h"
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

#include <memory>

namespace keystage::ui {

namespace {
bool s_confirmRisky = true;

// "Move A from v1 to v2?" -> "Move A from v1 to v2"
QString actionOf(const QString &question)
{
    QString action = question;
    if (action.endsWith(QLatin1Char('?')) || action.endsWith(QChar(0xFF1F)))
        action.chop(1);
    return action;
}

} // namespace

// The editor's prompts, for every door: the board's own changes and the undo history's steps.
class BoardPrompter : public StagePrompter
{
public:
    explicit BoardPrompter(StageBoard *board)
        : StagePrompter(board)
        , m_board(board)
    {}

    void confirmRisk(const StageRequest &request, const StagePrediction &prediction,
                     Answer answer) override
    {
        if (!s_confirmRisky) {
            answer(true);
            return;
        }
        auto *dialog = new RiskyMoveDialog(request.question, prediction, request.acceptText,
                                           m_board->window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        auto answered = std::make_shared<bool>(false);
        const auto once = [answered, answer](bool go) {
            if (!*answered) {
                *answered = true;
                answer(go);
            }
        };
        connect(dialog, &QDialog::finished, this, [dialog, once](int result) {
            if (result == QDialog::Accepted && dialog->dontAskAgain())
                s_confirmRisky = false;
            once(result == QDialog::Accepted);
        });
        connect(dialog, &QObject::destroyed, this, [once]() { once(false); });
        dialog->open();
        Q_EMIT m_board->confirmationShown(dialog);
    }

    void confirmProduction(const StageRequest &request, Answer answer) override
    {
        if (!m_board->m_client) {
            answer(false);
            return;
        }
        const QString action = request.action;
        QPointer<StageBoard> board = m_board;
        ProductionGuard *dialog = ProductionGuard::confirm(
                m_board->window(), m_board->m_client->profile(), action, this,
                [board, action, answer](bool confirmed) {
                    if (!confirmed && board) {
                        board->refuse(StageBoard::tr("Nothing was changed"),
                                      StageBoard::tr("The name of the production profile was not "
                                                     "confirmed: %1 was not done.")
                                              .arg(action));
                    }
                    answer(confirmed);
                });
        if (dialog)
            Q_EMIT m_board->confirmationShown(dialog);
    }

private:
    StageBoard *m_board;
};

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
    , m_prompter(new BoardPrompter(this))
    , m_view(new StageBoardView(this))
    , m_counter(new QLabel(this))
    , m_state(new QLabel(this))
    , m_addButton(new QToolButton(this))
    , m_rollBackButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("stageBoardPanel"));
    m_counter->setObjectName(QStringLiteral("stageCounter"));
    m_state->setObjectName(QStringLiteral("boardState"));
    m_state->setWordWrap(true);
    m_addButton->setObjectName(QStringLiteral("addStageButton"));
    m_addButton->setText(tr("Add stage…"));
    m_addButton->setAccessibleName(tr("Add stage"));
    m_counter->setAccessibleName(tr("Stages used"));
    m_state->setAccessibleName(tr("Board state"));
    m_rollBackButton->setObjectName(QStringLiteral("rollBackButton"));
    m_rollBackButton->setText(tr("Roll back"));
    m_rollBackButton->setAccessibleName(tr("Roll back"));
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
    m_expiry = new ExpiryController(this, undoStack); // the Expires column (issue 19)
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
    m_expiry->setClient(client);
    if (client) {
        m_editor = new StageEditor(client, this);
        m_editor->setPrompter(m_prompter);
        m_model = new VersionStageModel(client, m_editor, this);
        connect(m_editor, &StageEditor::operationStarted, this,
                [this](const StageRequest &request) {
                    updateCounter();
                    if (request.origin == StageRequest::Origin::User)
                        Q_EMIT changeSent(request.change);
                });
        connect(m_editor, &StageEditor::operationFinished, this, &StageBoard::updateCounter);
        connect(m_model, &VersionStageModel::versionsLoaded, this, [this]() {
            updateCounter();
            if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0) {
                // Start on the version applications read: the SYSCURRENT holder.
                const int row
                        = qMax(0, m_model->rowOfVersion(m_model->holderOf(StageRules::current())));
                m_view->setCurrentIndex(m_model->index(row, VersionStageModel::StagesColumn));
            }
        });
        connect(m_model, &VersionStageModel::secretTraitsChanged, this, [this]() {
            updateCounter();
            Q_EMIT secretTraitsChanged();
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
    Q_EMIT secretTraitsChanged();
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

QString StageBoard::newVersionRefusal() const
{
    if (!m_model || secretName().isEmpty())
        return {};
    return StageRules::refusalText(StageRules::stateRefusal(m_model->secretTraits(), true));
}

QString StageBoard::changeRefusal() const
{
    if (!m_model || secretName().isEmpty())
        return {};
    return StageRules::refusalText(StageRules::stateRefusal(m_model->secretTraits()));
}

QString StageBoard::statusText() const
{
    return m_state->text();
}

void StageBoard::updateCounter()
{
    const bool hasSecret = m_model && !m_model->secretName().isEmpty();
    const QList<VersionStages> snapshot = m_model ? m_model->snapshot() : QList<VersionStages>();
    const SecretTraits traits = m_model ? m_model->secretTraits() : SecretTraits();
    // Enabled or not, each button says why in its tooltip (and the status bar on hover).
    const QString addRefusal
            = hasSecret ? StageRules::refusalText(StageRules::addStageRefusal(snapshot, traits))
                        : QString();
    m_addButton->setEnabled(hasSecret && m_model->rowCount() > 0 && addRefusal.isEmpty());
    m_addButton->setToolTip(addRefusal.isEmpty() ? tr("Add a stage to the selected version")
                                                 : addRefusal);
    const StagePrediction rollBack = StageRules::predictRollBack(snapshot, traits);
    m_rollBackButton->setEnabled(hasSecret && rollBack.allowed());
    m_rollBackButton->setToolTip(
            hasSecret && !rollBack.allowed()
                    ? rollBack.refusalText()
                    : tr("Make the SYSPREVIOUS version current again (SYSCURRENT and "
                         "SYSPREVIOUS swap)"));
    for (QToolButton *button : {m_addButton, m_rollBackButton}) {
        button->setStatusTip(button->toolTip());
        button->setAccessibleDescription(button->toolTip());
    }
    if (!hasSecret) {
        m_counter->setText(tr("Select a secret to see its versions."));
        m_state->clear();
        return;
    }
    m_counter->setText(
            tr("%1 of %2 stages used").arg(m_model->stageCount()).arg(StageRules::MaxStages));
    const QString refusal = changeRefusal();
    m_state->setText(m_model->isLoading()         ? tr("Loading versions…")
                     : m_model->hasPendingMoves() ? tr("Waiting for the server…")
                     : !refusal.isEmpty()         ? refusal
                     : addRefusal.isEmpty()       ? QString()
                                                  : addRefusal);
}

void StageBoard::refuse(const QString &headline, const QString &reason)
{
    Q_EMIT messageShown(MessageBanner::Level::Warning, headline, reason);
}

StageOperation *StageBoard::submit(StageRequest request, const QString &question,
                                   const QString &acceptText)
{
    request.origin = StageRequest::Origin::User;
    if (!request.versions)
        request.versions = m_model->snapshot();
    request.secret = m_model->secretTraits();
    request.question = question;
    request.acceptText = acceptText;
    request.action = actionOf(question);
    StageOperation *op = m_editor->submit(request);
    connect(op, &StageOperation::finished, this, &StageBoard::pushOrReport);
    return op;
}

void StageBoard::requestMove(const QString &stage, const QString &from, const QString &to)
{
    if (!m_model || !m_editor)
        return;
    submit(StageRequest::move(secretName(), stage, from, to),
           tr("Move %1 from %2 to %3?").arg(stage, from, to), tr("Move"));
}

void StageBoard::requestAddStage(const QString &versionId)
{
    if (!m_model || !m_editor || versionId.isEmpty())
        return;
    const QString refusal = StageRules::refusalText(
            StageRules::addStageRefusal(m_model->snapshot(), m_model->secretTraits()));
    if (!refusal.isEmpty()) {
        refuse(tr("No stage can be added to %1").arg(secretName()), refusal);
        return;
    }
    auto *dialog = new AddStageDialog(versionId, m_model->snapshot(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString secret = secretName();
    connect(dialog, &QDialog::accepted, this, [this, dialog, secret, versionId]() {
        if (!m_editor || secret != secretName())
            return;
        const QString stage = dialog->stageName();
        submit(StageRequest::create(secret, stage, versionId),
               tr("Add stage %1 to %2?").arg(stage, versionId), tr("Add stage"));
    });
    dialog->open();
    Q_EMIT confirmationShown(dialog);
}

void StageBoard::requestDeleteStage(const QString &stage, const QString &holder)
{
    if (!m_model || !m_editor)
        return;
    submit(StageRequest::remove(secretName(), stage, holder),
           tr("Delete the stage %1 of %2?").arg(stage, holder), tr("Delete stage"));
}

void StageBoard::requestRollBack()
{
    if (!m_model || !m_editor)
        return;
    const QList<VersionStages> snapshot = m_model->snapshot();
    const StageRequest request = StageRequest::rollBack(secretName(), snapshot);
    submit(request,
           tr("Roll back %1 from %2 to %3?")
                   .arg(secretName(), request.change.from, request.change.to),
           tr("Roll back"));
}

void StageBoard::pushOrReport(const StageOutcome &outcome)
{
    if (!outcome.ok()) {
        reportFailure(outcome);
        return;
    }
    if (!m_undoStack || !outcome.undo.isValid())
        return;
    m_undoStack->push(new StageCommand(m_undoStack, m_editor, outcome.change, outcome.undo));
}

void StageBoard::reportFailure(const StageOutcome &outcome)
{
    if (outcome.ok())
        return;
    const ApiError &error = *outcome.error;
    if (error.kind == ApiError::Kind::Cancelled)
        return; // the user said no at a prompt
    const StageChange &change = outcome.change;
    if (outcome.refusedLocally && error.kind != ApiError::Kind::Conflict) {
        // The rules said no before anything was sent: a warning with the reason.
        QString headline;
        switch (change.kind) {
        case StageChange::Kind::Move:
            headline = tr("%1 cannot move to %2").arg(change.stage, change.to);
            break;
        case StageChange::Kind::Create:
            headline = tr("%1 cannot be added").arg(change.stage);
            break;
        case StageChange::Kind::Delete:
            headline = tr("%1 cannot be deleted").arg(change.stage);
            break;
        case StageChange::Kind::RollBack:
            headline = tr("%1 cannot be rolled back").arg(change.secretName);
            break;
        case StageChange::Kind::None:
            break;
        }
        refuse(headline, error.message);
        return;
    }
    QString headline = tr("%1 failed").arg(change.describe());
    if (outcome.isConflict()
        && (change.kind == StageChange::Kind::Move || change.kind == StageChange::Kind::Delete)) {
        headline
                = outcome.currentHolder.isEmpty()
                          ? tr("%1 was changed by someone else: nothing was written")
                                    .arg(change.stage)
                          : tr("%1 was moved by someone else: it is on %2 now, nothing was written")
                                    .arg(change.stage, outcome.currentHolder);
    } else if (outcome.partial) {
        headline = tr("The roll back was only half done: SYSCURRENT moved, SYSPREVIOUS did not");
    }
    Q_EMIT errorOccurred(headline, error);
}

QMenu *StageBoard::buildContextMenu(int row, const QString &stage, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("stageContextMenu"));
    menu->setToolTipsVisible(true); // a disabled action says why
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return menu;
    const QString version
            = m_model->index(row, 0).data(VersionStageModel::VersionIdRole).toString();
    const QList<VersionStages> snapshot = m_model->snapshot();
    const SecretTraits traits = m_model->secretTraits();
    const QString stateRefusal = changeRefusal();
    const auto explain = [](QAction *action, const QString &reason) {
        action->setEnabled(reason.isEmpty());
        action->setToolTip(reason);
        action->setStatusTip(reason);
    };

    QAction *move = menu->addAction(tr("Move to version…"));
    move->setObjectName(QStringLiteral("moveToVersionAction"));
    move->setEnabled(!stage.isEmpty() && m_model->rowCount() > 1);
    if (!stage.isEmpty() && !StageRules::isMovable(stage))
        explain(move, StageRules::refusalText(StageRefusal::SystemStage));
    else if (!stage.isEmpty() && !stateRefusal.isEmpty())
        explain(move, stateRefusal);
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
    explain(add, StageRules::refusalText(StageRules::addStageRefusal(snapshot, traits)));
    connect(add, &QAction::triggered, this, [this, version]() { requestAddStage(version); });

    // Named, so that a right-click on a crowded row shows which chip it hit.
    QAction *remove = menu->addAction(stage.isEmpty() ? tr("Delete stage")
                                                      : tr("Delete stage %1").arg(stage));
    remove->setObjectName(QStringLiteral("deleteStageAction"));
    remove->setEnabled(!stage.isEmpty());
    if (StageRules::isBuiltIn(stage))
        explain(remove, tr("SYSCURRENT and SYSPREVIOUS cannot be deleted"));
    else if (StageRules::isSystem(stage))
        explain(remove, StageRules::refusalText(StageRefusal::SystemStage));
    else if (!stage.isEmpty() && !stateRefusal.isEmpty())
        explain(remove, stateRefusal);
    connect(remove, &QAction::triggered, this,
            [this, stage, version]() { requestDeleteStage(stage, version); });

    menu->addSeparator();
    QAction *rollBack = menu->addAction(tr("Roll back to previous version"));
    rollBack->setObjectName(QStringLiteral("rollBackAction"));
    explain(rollBack, StageRules::predictRollBack(snapshot, traits).refusalText());
    connect(rollBack, &QAction::triggered, this, &StageBoard::requestRollBack);
    m_expiry->addActions(menu, row); // version expiry (issue 19)
    return menu;
}

} // namespace keystage::ui
