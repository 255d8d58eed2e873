package org.socialpsych.person;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/** A service that holds records about persons keeps the person index and checks ownership with it. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(PersonIndexConfiguration.class)
public @interface EnablePersonIndex {
}
