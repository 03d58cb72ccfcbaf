-- A tenant is a seller, or the one tenant of the platform's operators, whose users alone may hold
-- the operator role (administering tenants).
ALTER TABLE tenants ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'seller';
