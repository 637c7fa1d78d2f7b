FROM eclipse-temurin:21-jdk AS build
RUN ./gradlew installDist

FROM eclipse-temurin:21-jre-alpine
COPY --from=build /build/install /app
RUN npm --version && go version
