// SPDX-License-Identifier: Apache-2.0
// InstanceDeleteDialog: "Delete all secrets of an instance…", the seed's batch delete
// (POST /secrets/batch-delete by instance id and/or type: RDS, TaurusDB, GaussDB, APIG).
// It opens by reading every secret on the server (InstanceScan: all pages, progress, Cancel),
// whatever the window has loaded or filtered, and previews the secrets that Keystage reads as
// belonging to the instance (SecretAssociation). The instance id is picked from the instances
// seen during the scan, or typed. The irreversible button stays disabled until the scan is
// complete, it previews at least one secret, and "DELETE <count>" is typed. The server decides
// the association: the dialog says so, and compares what it deleted with the preview.
#pragma once

#include "core/api/csmstypes.h"

#include <QDialog>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
QT_END_NAMESPACE

namespace keystage {
class ApiError;
class BulkDeleter;
class CsmsClient;
class InstanceScan;
} // namespace keystage

namespace keystage::ui {

class InstanceDeleteDialog : public QDialog
{
    Q_OBJECT

public:
    // Starts reading the server's secrets at once.
    explicit InstanceDeleteDialog(CsmsClient *client, QWidget *parent = nullptr);
    ~InstanceDeleteDialog() override;

    QString instanceId() const;
    QString instanceType() const; // empty: any
    void setInstanceId(const QString &id); // as if typed
    // What must be typed: "DELETE <number of previewed secrets>".
    QString confirmationText() const;
    bool isScanComplete() const;
    bool canStart() const;
    QStringList previewMatches() const { return m_matches; }
    // The instance ids offered in the picker (seen during the scan).
    QStringList offeredInstances() const;
    BulkDeleter *deleter() const { return m_deleter; }
    InstanceScan *scan() const { return m_scan; }

public Q_SLOTS:
    void preview(); // reads the server again
    void cancelScan();
    void start();

Q_SIGNALS:
    void previewFinished(const QStringList &matches); // the scan is complete
    void batchFinished(const keystage::BatchDeleteResult &result);
    void batchFailed(const keystage::ApiError &error);

private:
    void startConfirmed(); // start() past the production guard
    void updateButtons();
    void updateScanState();
    void rebuildMatches();
    void onPageScanned(int firstNewEntry, int firstNewInstance);
    void onBatchFinished(const BatchDeleteResult &result);

    QPointer<CsmsClient> m_client;
    BulkDeleter *m_deleter;
    InstanceScan *m_scan;
    QComboBox *m_id;
    QComboBox *m_type;
    QProgressBar *m_progress;
    QLabel *m_scanState;
    QPushButton *m_scanButton;
    QListWidget *m_list;
    QLabel *m_count;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QLabel *m_result;
    QPushButton *m_startButton;
    QPushButton *m_closeButton;
    QStringList m_matches;
    QString m_scanError;
    bool m_running = false;
    bool m_done = false;
};

} // namespace keystage::ui
