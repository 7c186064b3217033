// InstanceDeleteDialog: "Delete all secrets of an instance…", the seed's batch-delete
// (POST /secrets/batch-delete by instance id and/or type: RDS, TaurusDB, GaussDB, APIG). It
// previews which of the loaded secrets match (their association is read on demand), asks for the
// instance id (or the type) to be typed as confirmation — the deletion is immediate and cannot be
// undone — and shows the server's total / deleted / failed with each failure's message.
#pragma once

#include "core/api/csmsclient.h"
#include "core/ops/bulkdeleter.h"

#include <QDialog>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
QT_END_NAMESPACE

namespace keystage {
class SecretListModel;
} // namespace keystage

namespace keystage::ui {

class InstanceDeleteDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int maxPreviewed = 1000; // loaded secrets whose association is read

    InstanceDeleteDialog(CsmsClient *client, SecretListModel *loaded, QWidget *parent = nullptr);

    QString instanceId() const;
    QString instanceType() const; // empty: any
    QString confirmationText() const; // what must be typed: the id, else the type
    bool canStart() const;
    QStringList previewMatches() const { return m_matches; }
    BulkDeleter *deleter() const { return m_deleter; }

    // Does `secret`'s association (rotation_config InstanceId / InstanceType, or the type of an
    // RDS-FG / GaussDB-FG secret) match the id and type (empty: any)?
    static bool matches(const Secret &secret, const QString &instanceId, const QString &type);

public Q_SLOTS:
    void preview();
    void start();

Q_SIGNALS:
    void previewFinished(const QStringList &matches);
    void batchFinished(const keystage::BatchDeleteResult &result);
    void batchFailed(const keystage::ApiError &error);

private:
    void startConfirmed(); // start() past the production guard
    QString previewSummary() const;
    void updateButtons();
    void previewNext();
    void onBatchFinished(const BatchDeleteResult &result);

    QPointer<CsmsClient> m_client;
    QPointer<SecretListModel> m_loaded;
    BulkDeleter *m_deleter;
    QLineEdit *m_id;
    QComboBox *m_type;
    QPushButton *m_previewButton;
    QListWidget *m_list;
    QLabel *m_previewState;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QLabel *m_result;
    QPushButton *m_startButton;
    QPushButton *m_closeButton;
    QStringList m_queue;
    QStringList m_matches;
    int m_previewInFlight = 0;
    int m_previewChecked = 0;
    quint64 m_previewGeneration = 0;
    bool m_running = false;
    bool m_done = false;
};

} // namespace keystage::ui
