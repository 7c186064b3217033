#include "ui/instancedeletedialog.h"

#include "core/model/secretlistmodel.h"
#include "ui/profiles/productionguard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace keystage::ui {

namespace {
constexpr int previewParallel = 4;
}

InstanceDeleteDialog::InstanceDeleteDialog(CsmsClient *client, SecretListModel *loaded,
                                           QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_loaded(loaded)
    , m_deleter(new BulkDeleter(client, this))
    , m_id(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_previewButton(new QPushButton(tr("Preview matches"), this))
    , m_list(new QListWidget(this))
    , m_previewState(new QLabel(this))
    , m_confirmLabel(new QLabel(this))
    , m_confirm(new QLineEdit(this))
    , m_result(new QLabel(this))
    , m_startButton(new QPushButton(tr("Delete now"), this))
    , m_closeButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("instanceDeleteDialog"));
    setWindowTitle(tr("Delete all secrets of an instance"));
    setWindowModality(Qt::WindowModal);
    m_id->setObjectName(QStringLiteral("instanceIdEdit"));
    m_id->setPlaceholderText(tr("e.g. an RDS instance id"));
    m_type->setObjectName(QStringLiteral("instanceTypeCombo"));
    m_type->addItem(tr("Any type"), QString());
    for (const char *type : {"RDS", "TaurusDB", "GaussDB", "APIG"})
        m_type->addItem(QString::fromLatin1(type), QString::fromLatin1(type));
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_list->setObjectName(QStringLiteral("matchList"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_previewState->setObjectName(QStringLiteral("previewState"));
    m_previewState->setWordWrap(true);
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_confirmLabel->setObjectName(QStringLiteral("confirmLabel"));
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    auto *warning = new QLabel(
            tr("Every secret associated with the instance is deleted immediately, including "
               "secrets that are not loaded here. This cannot be undone, and it is not added to "
               "Edit > Undo."),
            this);
    warning->setObjectName(QStringLiteral("undoNote"));
    warning->setAccessibleName(tr("This cannot be undone"));
    warning->setWordWrap(true);
    QPalette danger = warning->palette();
    danger.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    warning->setPalette(danger);

    auto *form = new QFormLayout;
    form->addRow(tr("Instance id:"), m_id);
    form->addRow(tr("Instance type:"), m_type);
    auto *previewRow = new QHBoxLayout;
    previewRow->addWidget(m_previewState, 1);
    previewRow->addWidget(m_previewButton);
    auto *confirmRow = new QHBoxLayout;
    confirmRow->addWidget(m_confirmLabel, 1);
    confirmRow->addWidget(m_confirm);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);
    buttons->addWidget(m_startButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addLayout(form);
    layout->addLayout(previewRow);
    layout->addWidget(m_list, 1);
    layout->addLayout(confirmRow);
    layout->addWidget(m_result);
    layout->addLayout(buttons);

    connect(m_id, &QLineEdit::textChanged, this, &InstanceDeleteDialog::updateButtons);
    connect(m_type, &QComboBox::currentIndexChanged, this, &InstanceDeleteDialog::updateButtons);
    connect(m_confirm, &QLineEdit::textChanged, this, &InstanceDeleteDialog::updateButtons);
    connect(m_previewButton, &QPushButton::clicked, this, &InstanceDeleteDialog::preview);
    connect(m_startButton, &QPushButton::clicked, this, &InstanceDeleteDialog::start);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_deleter, &BulkDeleter::instanceBatchFinished, this,
            &InstanceDeleteDialog::onBatchFinished);
    connect(m_deleter, &BulkDeleter::instanceBatchFailed, this, [this](const ApiError &error) {
        m_running = false;
        m_result->setText(tr("The batch deletion failed: %1").arg(error.summary()));
        updateButtons();
        Q_EMIT batchFailed(error);
    });
    setMinimumWidth(520);
    updateButtons();
}

QString InstanceDeleteDialog::instanceId() const
{
    return m_id->text().trimmed();
}

QString InstanceDeleteDialog::instanceType() const
{
    return m_type->currentData().toString();
}

QString InstanceDeleteDialog::confirmationText() const
{
    return instanceId().isEmpty() ? instanceType() : instanceId();
}

bool InstanceDeleteDialog::canStart() const
{
    const QString expected = confirmationText();
    return !m_running && !m_done && !expected.isEmpty() && m_confirm->text().trimmed() == expected;
}

void InstanceDeleteDialog::updateButtons()
{
    const QString expected = confirmationText();
    m_confirmLabel->setText(expected.isEmpty() ? tr("Give an instance id or an instance type.")
                                               : tr("To confirm, type \"%1\":").arg(expected));
    m_confirm->setEnabled(!expected.isEmpty() && !m_running && !m_done);
    const bool startable = canStart();
    m_startButton->setEnabled(startable);
    m_startButton->setVisible(!m_done);
    // Enter: previews once an instance is given, starts once the confirmation is typed (as in
    // the bulk delete dialog), closes when done; while the request runs, nothing.
    const bool previewable = !expected.isEmpty() && !m_running && !m_done;
    m_startButton->setDefault(startable);
    m_previewButton->setDefault(!startable && previewable);
    m_closeButton->setDefault(m_done);
    m_previewButton->setEnabled(previewable);
    m_closeButton->setText(m_done ? tr("Close") : tr("Cancel"));
    m_closeButton->setEnabled(!m_running);
}

bool InstanceDeleteDialog::matches(const Secret &secret, const QString &instanceId,
                                   const QString &type)
{
    const QJsonObject config = QJsonDocument::fromJson(secret.rotationConfig.toUtf8()).object();
    const QString id = config.value(QLatin1String("InstanceId")).toString();
    QString ownType = config.value(QLatin1String("InstanceType")).toString();
    if (ownType.isEmpty() && secret.secretType == QLatin1String("RDS-FG"))
        ownType = QStringLiteral("RDS");
    if (ownType.isEmpty() && secret.secretType == QLatin1String("GaussDB-FG"))
        ownType = QStringLiteral("GaussDB");
    if (id.isEmpty() && ownType.isEmpty())
        return false;
    if (!instanceId.isEmpty() && id != instanceId)
        return false;
    if (!type.isEmpty() && ownType.compare(type, Qt::CaseInsensitive) != 0)
        return false;
    return !instanceId.isEmpty() || !type.isEmpty();
}

void InstanceDeleteDialog::preview()
{
    if (!m_client || !m_loaded)
        return;
    ++m_previewGeneration;
    m_queue.clear();
    m_matches.clear();
    m_list->clear();
    m_previewChecked = 0;
    const int rows = qMin(m_loaded->rowCount(), maxPreviewed);
    for (int row = 0; row < rows; ++row)
        m_queue << m_loaded->rowAt(row).name;
    m_previewState->setText(tr("Checking %n loaded secret(s)…", nullptr, int(m_queue.size())));
    previewNext();
    if (m_queue.isEmpty() && m_previewInFlight == 0) {
        m_previewState->setText(previewSummary());
        Q_EMIT previewFinished(m_matches);
    }
}

void InstanceDeleteDialog::previewNext()
{
    const quint64 generation = m_previewGeneration;
    const QString id = instanceId();
    const QString type = instanceType();
    while (m_previewInFlight < previewParallel && !m_queue.isEmpty()) {
        const QString name = m_queue.takeFirst();
        ++m_previewInFlight;
        m_client->showSecret(name, CsmsClient::Priority::Bulk)
                ->then(this, [this, generation, id, type](const ApiResult<Secret> &result) {
                    --m_previewInFlight;
                    if (generation != m_previewGeneration)
                        return;
                    ++m_previewChecked;
                    if (result.ok() && matches(result.value(), id, type)) {
                        m_matches << result->name;
                        m_list->addItem(result->name);
                    }
                    if (m_queue.isEmpty() && m_previewInFlight == 0) {
                        m_previewState->setText(previewSummary());
                        Q_EMIT previewFinished(m_matches);
                        return;
                    }
                    previewNext();
                });
    }
}

QString InstanceDeleteDialog::previewSummary() const
{
    // "0 match" must never read as "nothing will be deleted" when only part of the project was
    // looked at: the batch delete acts on every secret of the instance on the server.
    const bool wholeProject = m_loaded && m_loaded->isComplete() && m_loaded->filterText().isEmpty()
                              && m_previewChecked >= m_loaded->rowCount();
    if (wholeProject) {
        return tr("Matching secrets: %1 (every secret of the project was checked).")
                .arg(m_matches.size());
    }
    return tr("Matching secrets among the %1 checked: %2. Only the loaded secrets were checked: "
              "the server deletes every secret of this instance, loaded or not.")
            .arg(m_previewChecked)
            .arg(m_matches.size());
}

void InstanceDeleteDialog::start()
{
    if (!canStart())
        return;
    if (m_client) {
        ProductionGuard::confirm(
                this, m_client->profile(),
                tr("Delete every secret of instance %1 immediately").arg(confirmationText()), this,
                [this](bool confirmed) {
                    if (!confirmed) {
                        m_result->setText(tr("Not started: the production profile's name was "
                                             "not confirmed."));
                        return;
                    }
                    if (canStart())
                        startConfirmed();
                });
        return;
    }
    startConfirmed();
}

void InstanceDeleteDialog::startConfirmed()
{
    m_running = true;
    ++m_previewGeneration; // a running preview no longer matters
    m_result->setText(tr("Deleting…"));
    m_deleter->deleteByInstance(instanceId(), instanceType());
    updateButtons();
}

void InstanceDeleteDialog::onBatchFinished(const BatchDeleteResult &result)
{
    m_running = false;
    m_done = true;
    QStringList lines;
    lines << tr("Total: %1 · deleted: %2 · failed: %3")
                     .arg(result.total)
                     .arg(result.succeeded.size())
                     .arg(result.failed.size());
    m_list->clear();
    for (const QString &name : result.succeeded)
        m_list->addItem(tr("%1 — deleted").arg(name));
    for (const FailedDeletedSecret &failure : result.failed)
        m_list->addItem(tr("%1 — failed: %2").arg(failure.secretName, failure.errorMessage));
    m_result->setText(lines.join(QLatin1Char('\n')));
    updateButtons();
    Q_EMIT batchFinished(result);
}

} // namespace keystage::ui
