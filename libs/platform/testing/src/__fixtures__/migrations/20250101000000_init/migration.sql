-- CreateTable
CREATE TABLE "Tractor" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Tractor_pkey" PRIMARY KEY ("id")
);
